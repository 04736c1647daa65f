package org.tidemark.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tidemark.chart.DarkSpan;
import org.tidemark.domain.EventType;

class DarkPeriodsTest {

    private static final Instant FROM = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-12-01T00:00:00Z");

    private static DarkPeriods.Switch off(String tanker, String at, String where) {
        return new DarkPeriods.Switch(tanker, EventType.AIS_OFF, Instant.parse(at), where);
    }

    private static DarkPeriods.Switch on(String tanker, String at, String where) {
        return new DarkPeriods.Switch(tanker, EventType.AIS_ON, Instant.parse(at), where);
    }

    @Test
    void eachOffRunsToTheNextOnOfTheSameTanker() {
        List<DarkSpan> spans = DarkPeriods.spans(List.of(
                on("A", "2024-04-03T06:00:00Z", "Vostochny"),
                off("B", "2024-04-02T00:00:00Z", null),
                off("A", "2024-04-01T12:00:00Z", null),
                on("B", "2024-04-05T00:00:00Z", null)), FROM, AS_OF);

        assertThat(spans).containsExactlyInAnyOrder(
                new DarkSpan("A", Instant.parse("2024-04-01T12:00:00Z"), Instant.parse("2024-04-03T06:00:00Z"),
                        "off at sea, on at Vostochny"),
                new DarkSpan("B", Instant.parse("2024-04-02T00:00:00Z"), Instant.parse("2024-04-05T00:00:00Z"),
                        "off at sea, on at sea"));
    }

    @Test
    void aSecondOffWhileDarkAddsNothing() {
        List<DarkSpan> spans = DarkPeriods.spans(List.of(
                off("A", "2024-04-01T00:00:00Z", null),
                off("A", "2024-04-02T00:00:00Z", null),
                on("A", "2024-04-04T00:00:00Z", null)), FROM, AS_OF);

        assertThat(spans).extracting(DarkSpan::from, DarkSpan::to)
                .containsExactly(tuple(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-04-04T00:00:00Z")));
    }

    @Test
    void openEndsRunToTheRangesEdgesAndSaySo() {
        List<DarkSpan> spans = DarkPeriods.spans(List.of(
                on("A", "2024-03-04T00:00:00Z", null),
                off("A", "2024-11-20T00:00:00Z", "Nampo")), FROM, AS_OF);

        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).from()).isEqualTo(FROM);
        assertThat(spans.get(0).label()).startsWith("dark since before 1 Mar 2024");
        assertThat(spans.get(1).to()).isEqualTo(AS_OF);
        assertThat(spans.get(1).label()).isEqualTo("off at Nampo; no AIS_ON recorded since");
    }

    @Test
    void anOnWithoutAnOffBeforeItIsAPeriodOnlyAtTheStartOfAKnownRange() {
        assertThat(DarkPeriods.spans(List.of(on("A", "2024-03-04T00:00:00Z", null)), null, AS_OF)).isEmpty();
        assertThat(DarkPeriods.spans(List.of(
                off("A", "2024-04-01T00:00:00Z", null), on("A", "2024-04-02T00:00:00Z", null),
                on("A", "2024-04-09T00:00:00Z", null)), FROM, AS_OF)).hasSize(1);
    }
}
