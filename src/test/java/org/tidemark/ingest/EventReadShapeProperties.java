package org.tidemark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.EventEntry;
import org.tidemark.query.SourceRef;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.VoyageView;
import org.tidemark.timeline.RecordedEvent;

/**
 * Read → write: any event as the API reads it out ({@link RecordedEvent}, or a timeline entry around an
 * {@link EventEntry}), serialised as the API serialises it and bound as {@code POST /api/events} binds it, states the
 * same fact: the same window and precision, references by name and key with the ids beside them, every field.
 */
class EventReadShapeProperties {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        new EventReadShape().customize(JSON);
    }

    /** What an event as read states, generated field by field. */
    record Read(EventType type, TimeWindow time, VoyageView.Ref tanker, VoyageView.Ref port, SourceRef source,
                VoyageView.Ref counterpart, StsDirection direction, LadenState laden, Double draft, Double volume,
                EvidenceType evidence, int confidence, String notes, boolean illustrative, Double latitude,
                Double longitude, PositionSource positionSource) {
    }

    @Provide
    Arbitrary<TimeWindow> windows() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 5L * 365 * 24 * 3600)
                .map(s -> Instant.parse("2020-01-01T00:00:00Z").plusSeconds(s));
        return Arbitraries.of(TimePrecision.values()).flatMap(p -> switch (p) {
            case WINDOW -> instants.flatMap(from -> Arbitraries.longs().between(0, 40L * 24 * 3600)
                    .map(len -> TimeWindow.between(from, from.plusSeconds(len))));
            case DAY, WEEK, MONTH -> instants.map(i -> TimeWindow.around(LocalDate.ofInstant(i, ZoneOffset.UTC), p));
            default -> instants.map(i -> TimeWindow.around(i.truncatedTo(ChronoUnit.SECONDS), p));
        });
    }

    @Provide
    Arbitrary<Read> events() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('A', 'z').ofMinLength(1).ofMaxLength(20);
        Arbitrary<VoyageView.Ref> refs = Arbitraries.longs().between(1, 1_000_000)
                .flatMap(id -> names.map(n -> new VoyageView.Ref(id, n)));
        Arbitrary<SourceRef> sources = Arbitraries.longs().between(1, 1_000_000).flatMap(id -> names.map(k ->
                new SourceRef(id, k.toLowerCase(), "Publisher (illustrative)", "Title", null, null, false)));
        return Builders.withBuilder(() -> new Object[17])
                .use(Arbitraries.of(EventType.ARRIVAL, EventType.DEPARTURE, EventType.LOADING, EventType.DISCHARGE,
                        EventType.SIGHTING, EventType.AIS_OFF, EventType.AIS_ON, EventType.SHIP_TO_SHIP))
                .in((a, v) -> set(a, 0, v))
                .use(windows()).in((a, v) -> set(a, 1, v))
                .use(refs).in((a, v) -> set(a, 2, v))
                .use(refs.injectNull(0.3)).in((a, v) -> set(a, 3, v))
                .use(sources).in((a, v) -> set(a, 4, v))
                .use(refs.injectNull(0.6)).in((a, v) -> set(a, 5, v))
                .use(Arbitraries.of(StsDirection.class)).in((a, v) -> set(a, 6, v))
                .use(Arbitraries.of(LadenState.class).injectNull(0.3)).in((a, v) -> set(a, 7, v))
                .use(Arbitraries.doubles().between(0.5, 20).ofScale(2).injectNull(0.5)).in((a, v) -> set(a, 8, v))
                .use(Arbitraries.doubles().between(0, 200_000).ofScale(1).injectNull(0.5)).in((a, v) -> set(a, 9, v))
                .use(Arbitraries.of(EvidenceType.class)).in((a, v) -> set(a, 10, v))
                .use(Arbitraries.integers().between(1, 4)).in((a, v) -> set(a, 11, v))
                .use(Arbitraries.strings().ofMaxLength(60).injectNull(0.3)).in((a, v) -> set(a, 12, v))
                .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 13, v))
                .use(Arbitraries.doubles().between(-90, 90).ofScale(4).injectNull(0.5)).in((a, v) -> set(a, 14, v))
                .use(Arbitraries.doubles().between(-180, 180).ofScale(4)).in((a, v) -> set(a, 15, v))
                .use(Arbitraries.of(PositionSource.class)).in((a, v) -> set(a, 16, v))
                .build(a -> new Read((EventType) a[0], (TimeWindow) a[1], (VoyageView.Ref) a[2], (VoyageView.Ref) a[3],
                        (SourceRef) a[4], (VoyageView.Ref) a[5], a[5] == null ? null : (StsDirection) a[6],
                        (LadenState) a[7], (Double) a[8], (Double) a[9], (EvidenceType) a[10], (Integer) a[11],
                        (String) a[12], (Boolean) a[13], (Double) a[14], a[14] == null ? null : (Double) a[15],
                        a[14] == null ? null : (PositionSource) a[16]));
    }

    private static Object[] set(Object[] a, int i, Object v) {
        a[i] = v;
        return a;
    }

    @Property(tries = 300)
    void anEventReadByIdBindsAsTheFactItStates(@ForAll("events") Read e) throws Exception {
        RecordedEvent read = new RecordedEvent(42, e.tanker(), e.port(), e.source(), e.counterpart(), e.tanker().id(),
                e.type(), e.time().from(), e.time().to(), e.time().precision(), e.port() == null ? null : e.port().id(),
                e.laden(), e.draft(), e.volume(), e.volume() == null ? null : VolumeUnit.BARREL,
                e.volume() == null ? null : Product.GAS_DIESEL_OIL, e.evidence(), e.confidence(), e.source().id(),
                e.notes(), e.illustrative(), null, "someone", Instant.parse("2024-12-01T10:00:00Z"), null,
                e.counterpart() == null ? null : e.counterpart().id(), e.direction(), e.latitude(), e.longitude(),
                e.positionSource());
        assertStates(JSON.readValue(JSON.writeValueAsString(read), NewVoyageEvent.class), e);
    }

    @Property(tries = 300)
    void aTimelineEntryBindsAsTheFactItStates(@ForAll("events") Read e) throws Exception {
        EventEntry event = new EventEntry(42, e.type(), e.time().from(), e.time().to(), e.time().precision(), e.port(),
                e.laden(), e.draft(), e.volume(), e.volume() == null ? null : VolumeUnit.BARREL,
                e.volume() == null ? null : Product.GAS_DIESEL_OIL, e.evidence(), e.confidence(), e.notes(),
                e.illustrative(), null, null, false, null, "someone", Instant.parse("2024-12-01T10:00:00Z"),
                e.counterpart(), e.direction(), e.latitude(), e.longitude(), e.positionSource());
        TimelineEntry entry = new TimelineEntry(TimelineEntry.Kind.EVENT, "42", e.time().from(), e.tanker(),
                e.illustrative(), e.source(), event, null);
        assertStates(JSON.readValue(JSON.writeValueAsString(entry), NewVoyageEvent.class), e);
    }

    private static void assertStates(NewVoyageEvent bound, Read e) {
        assertThat(bound.timeWindow()).isEqualTo(e.time());
        assertThat(bound.type()).isEqualTo(e.type());
        assertThat(bound.tanker()).isEqualTo(e.tanker().name());
        assertThat(bound.tankerId()).isEqualTo(e.tanker().id());
        assertThat(bound.port()).isEqualTo(e.port() == null ? null : e.port().name());
        assertThat(bound.source()).isEqualTo(e.source().key());
        assertThat(bound.counterpart()).isEqualTo(e.counterpart() == null ? null : e.counterpart().name());
        assertThat(bound.counterpartTankerId()).isEqualTo(e.counterpart() == null ? null : e.counterpart().id());
        assertThat(bound.stsDirection()).isEqualTo(e.direction());
        assertThat(bound.ladenState()).isEqualTo(e.laden());
        assertThat(bound.observedDraftM()).isEqualTo(e.draft());
        assertThat(bound.reportedVolume()).isEqualTo(e.volume());
        assertThat(bound.evidenceType()).isEqualTo(e.evidence());
        assertThat(bound.confidence()).isEqualTo(e.confidence());
        assertThat(bound.notes()).isEqualTo(e.notes());
        assertThat(bound.illustrative()).isEqualTo(e.illustrative());
        assertThat(bound.latitude()).isEqualTo(e.latitude());
        assertThat(bound.longitude()).isEqualTo(e.longitude());
        assertThat(bound.positionSource()).isEqualTo(e.positionSource());
    }
}
