package org.tidemark.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class IllustrativeReconstructionTest {

    private final List<IllustrativeReconstruction.Call> calls = IllustrativeReconstruction.calls();

    @Test
    void fillsTheReportedFortyThreeCallsBetweenTheFirstAndLastDocumentedOnes() {
        assertThat(calls).hasSize(43);
        assertThat(calls.get(0).date()).hasToString("2024-03-07");
        assertThat(calls.get(42).date()).hasToString("2024-11-05");
        assertThat(calls).filteredOn(IllustrativeReconstruction.Call::documented).hasSize(6);
    }

    @Test
    void usesEveryQuotaExactly() {
        Map<String, Long> perTanker = calls.stream()
                .collect(Collectors.groupingBy(IllustrativeReconstruction.Call::tanker, Collectors.counting()));
        IllustrativeReconstruction.QUOTAS.forEach((tanker, quota) -> assertThat(perTanker.get(tanker)).as(tanker).isEqualTo(quota.longValue()));
        assertThat(perTanker).hasSize(15);
    }

    @Test
    void unDesignatedTankersMakeMoreThanHalfTheTrips() {
        List<String> designated = List.of("Yu Son", "Rye Song Gang 1", "Kum Jin Gang 3", "Chon Ma San", "Sam Ma 2", "An San 1");
        assertThat(calls.stream().filter(c -> designated.contains(c.tanker())).count()).isGreaterThan(43 / 2);
    }

    @Test
    void noTankerCallsTwiceWithinTwentyDays() {
        Map<String, List<IllustrativeReconstruction.Call>> byTanker = calls.stream()
                .collect(Collectors.groupingBy(IllustrativeReconstruction.Call::tanker));
        byTanker.forEach((tanker, own) -> {
            for (int i = 1; i < own.size(); i++) {
                assertThat(ChronoUnit.DAYS.between(own.get(i - 1).date(), own.get(i).date())).as(tanker).isGreaterThanOrEqualTo(20);
            }
        });
    }

    @Test
    void marchHasEightCalls() {
        assertThat(calls).filteredOn(c -> c.date().getMonthValue() == 3).hasSize(8);
    }

    @Test
    void everyEventIsIllustrativeAndCitesTheScenarioNote() {
        List<IllustrativeReconstruction.ScenarioEvent> events = IllustrativeReconstruction.events();
        // 37 illustrative calls + 41 illustrative discharges (all calls but the two with documented discharges)
        assertThat(events).hasSize(37 + 41);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.event().illustrative()).isTrue();
            assertThat(e.event().source()).isEqualTo("tidemark-scenario-note");
            assertThat(e.event().confidence()).isEqualTo(1);
        });
        assertThat(events.stream().map(IllustrativeReconstruction.ScenarioEvent::idempotencyKey).distinct()).hasSize(events.size());
    }
}
