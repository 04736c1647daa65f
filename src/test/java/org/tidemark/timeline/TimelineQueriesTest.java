package org.tidemark.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.query.FilterResolver;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.ingest.EventRecorder;
import org.tidemark.ingest.NewVoyageEvent;
import org.tidemark.projection.TankerDerivation;
import org.tidemark.query.EventEntry;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.TimelineFilter;

@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class TimelineQueriesTest {

    @Inject
    TimelineQueries timeline;
    @Inject
    FilterResolver arguments;
    @Inject
    EventRecorder recorder;
    @Inject
    TankerDerivation derivation;
    @Inject
    DataSource dataSource;

    private Fixtures f;

    @BeforeEach
    void fixtures() {
        f = Fixtures.create();
    }

    /** A loading, a sighting there that gets retracted, an illustrative sighting at sea, an AIS arrival. */
    private Map<String, Long> smallHistory() {
        Map<String, Long> ids = new HashMap<>();
        ids.put("loading", Fixtures.post("/api/events", f.event("LOADING", "2020-05-01", f.loadingPort))
                .jsonPath().getLong("id"));
        ids.put("sighting", Fixtures.post("/api/events", f.event("SIGHTING", "2020-05-01", f.loadingPort))
                .jsonPath().getLong("id"));
        Map<String, Object> atSea = f.event("SIGHTING", "2020-05-03", null);
        atSea.put("illustrative", true);
        atSea.put("evidenceType", "PRESS_REPORT");
        ids.put("atSea", Fixtures.post("/api/events", atSea).jsonPath().getLong("id"));
        Map<String, Object> arrival = f.event("ARRIVAL", "2020-05-05", f.dischargePort);
        arrival.put("evidenceType", "AIS");
        arrival.put("confidence", 2);
        ids.put("arrival", Fixtures.post("/api/events", arrival).jsonPath().getLong("id"));
        ids.put("retraction", given().contentType(ContentType.JSON).body(Map.of("reason", "a different hull"))
                .post("/api/events/" + ids.get("sighting") + "/retraction").then().statusCode(201)
                .extract().jsonPath().getLong("id"));
        return ids;
    }

    @Test
    void eventsAndVoyagesInOneOrderWithRetractionsFlaggedAndSourcesAttached() {
        Map<String, Long> ids = smallHistory();

        List<TimelineEntry> entries = entries(x -> x);

        // same instant 2020-05-01: the events by id, then the voyage; the retraction copies its target's time
        assertThat(entries).extracting(TimelineEntry::id).containsExactly(
                id(ids, "loading"), id(ids, "sighting"), id(ids, "retraction"), entries.get(3).id(), id(ids, "atSea"),
                id(ids, "arrival"));
        assertThat(entries.get(3).kind()).isEqualTo(TimelineEntry.Kind.VOYAGE);
        assertThat(entries.get(3).at()).isEqualTo(Instant.parse("2020-05-01T00:00:00Z"));
        assertThat(entries.get(3).voyage().status()).isEqualTo(org.tidemark.domain.VoyageStatus.COMPLETE);
        assertThat(entries.get(3).illustrative()).as("rests on the illustrative sighting").isTrue();

        EventEntry retracted = entries.get(1).event();
        assertThat(retracted.retracted()).isTrue();
        assertThat(retracted.retractedBy().eventId()).isEqualTo(ids.get("retraction"));
        assertThat(retracted.retractedBy().reason()).isEqualTo("a different hull");
        assertThat(retracted.retractedBy().recordedBy()).isEqualTo("test-analyst");
        EventEntry retraction = entries.get(2).event();
        assertThat(retraction.type()).isEqualTo(EventType.RETRACTION);
        assertThat(retraction.reason()).isEqualTo("a different hull");
        assertThat(retraction.retractsEventId()).isEqualTo(ids.get("sighting"));
        assertThat(entries.get(0).event().retracted()).isFalse();

        assertThat(entries).allSatisfy(e -> {
            assertThat(e.source().key()).isEqualTo(f.source);
            assertThat(e.source().publisher()).isEqualTo("Test publisher");
            assertThat(e.tanker().name()).isEqualTo(f.tanker);
        });
        assertThat(entries.get(5).event().port().name()).isEqualTo(f.dischargePort);
        assertThat(entries.get(4).event().port()).isNull();
    }

    @Test
    void eachFilterNarrowsEventsAndVoyagesAlike() {
        Map<String, Long> ids = smallHistory();
        String voyage = entries(x -> x).get(3).id();

        assertThat(ids(x -> with(x, Set.of(EventType.SIGHTING), Set.of(), null)))
                .as("sightings; the voyage has the sighting at sea").containsExactly(id(ids, "sighting"), voyage,
                        id(ids, "atSea"));
        assertThat(ids(x -> with(x, Set.of(EventType.RETRACTION), Set.of(), null)))
                .as("retractions: no voyage is supported by one").containsExactly(id(ids, "retraction"));
        assertThat(ids(x -> with(x, Set.of(), Set.of(EvidenceType.AIS), null)))
                .containsExactly(voyage, id(ids, "arrival"));
        // minConfidence: events by their own; the voyage by its weaker end, here the AIS arrival's 2
        assertThat(ids(x -> with(x, Set.of(), Set.of(), 3)))
                .containsExactly(id(ids, "loading"), id(ids, "sighting"), id(ids, "retraction"), id(ids, "atSea"));
        assertThat(ids(x -> with(x, Set.of(), Set.of(), 2))).contains(voyage);
        // A voyage is filtered by whether the trip itself rests on illustrative data (its opening event):
        // this one opens with a documented loading, so it is a documented trip with illustrative support.
        assertThat(ids(x -> x.withIllustrative(true))).containsExactly(id(ids, "atSea"));
        assertThat(ids(x -> x.withIllustrative(false))).containsExactly(id(ids, "loading"), id(ids, "sighting"),
                id(ids, "retraction"), voyage, id(ids, "arrival"));
        assertThat(ids(x -> retracted(x, false))).doesNotContain(id(ids, "sighting")).contains(voyage, id(ids, "retraction"));
        assertThat(ids(x -> retracted(x, true))).containsExactly(id(ids, "sighting"));
        assertThat(ids(x -> x.withRange(Instant.parse("2020-05-03T00:00:00Z"), null)))
                .containsExactly(id(ids, "atSea"), id(ids, "arrival"));
        long discharge = arguments.portId(f.dischargePort);
        assertThat(ids(x -> new TimelineFilter(x.from(), x.to(), x.tankerId(), discharge, null, Set.of(), Set.of(),
                null, null, null))).as("the voyage discharged there").containsExactly(voyage, id(ids, "arrival"));

        assertThat(timeline.timeline(filter(), Set.of(TimelineEntry.Kind.VOYAGE), null, 100).entries())
                .extracting(TimelineEntry::id).containsExactly(voyage);
        assertThat(timeline.timeline(filter(), Set.of(TimelineEntry.Kind.EVENT), null, 100).entries()).hasSize(5);
    }

    @Test
    void aMalformedCursorIsABadArgument() {
        // "not base64", v1|x|y|z, v2|1|EVENT|1, v1|1|EVENT|abc, v1|(too long)|EVENT|1, v1|(Long.MAX µs)|EVENT|1,
        // v1|(Long.MIN µs)|EVENT|1 (before PostgreSQL's first timestamp), v1|1|VOYAGE|nope
        for (String cursor : List.of("not-base64!", "djF8eHx5fHo", "djJ8MXxFVkVOVHwx", "djF8MXxFVkVOVHxhYmM",
                "djF8OTk5OTk5OTk5OTk5OTk5OTk5OTl8RVZFTlR8MQ", "djF8OTIyMzM3MjAzNjg1NDc3NTgwN3xFVkVOVHwx",
                "djF8LTkyMjMzNzIwMzY4NTQ3NzU4MDh8RVZFTlR8MQ", "djF8MXxWT1lBR0V8bm9wZQ")) {
            assertThatThrownBy(() -> timeline.timeline(filter(), Set.of(), cursor, 10)).as(cursor)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                        assertThat(e.field()).isEqualTo("cursor");
                    });
        }
    }

    /**
     * 10,000 events inserted in one statement (groups of three share an instant, so ties are broken by id;
     * every 50th is a loading and every 50th + 25 an arrival, giving 200 voyages that tie with their loading,
     * and one more of unknown origin: the first arrival comes before any loading),
     * paged 97 at a time while events are recorded before the cursor, after it, and an unread event is retracted.
     */
    @Test
    void pagingThroughTenThousandEntriesReturnsEachExactlyOnceWhileEventsAreRecorded() throws SQLException {
        insertTenThousandEvents();
        QuarkusTransaction.requiringNew().run(() -> {
            derivation.lock(f.tankerId);
            derivation.rederive(f.tankerId);
        });
        List<String> before = allKeysInOrder();
        assertThat(before).hasSize(10_000 + 201);
        long unreadSighting = lastSightingId();

        List<TimelineEntry> seen = new ArrayList<>();
        Set<String> recordedBehind = new HashSet<>();
        Set<String> recordedAhead = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            TimelinePage page = timeline.timeline(filter(), Set.of(), cursor, 97);
            assertThat(page.entries()).hasSizeLessThanOrEqualTo(97);
            seen.addAll(page.entries());
            cursor = page.nextCursor();
            pages++;
            if (pages % 10 == 0) {
                recordedBehind.add(key(TimelineEntry.Kind.EVENT, record("2014-06-0" + (pages / 10 % 9 + 1))));
                recordedAhead.add(key(TimelineEntry.Kind.EVENT, record("2016-06-" + (10 + pages / 10))));
            }
            if (pages == 30) {
                long retraction = recorder.retract(unreadSighting, "paging test", "test").event().id();
                recordedAhead.add(key(TimelineEntry.Kind.EVENT, retraction));
            }
        } while (cursor != null);

        List<String> keys = seen.stream().map(e -> key(e.kind(), e.id())).toList();
        assertThat(new HashSet<>(keys)).as("no entry twice").hasSize(keys.size());
        assertThat(keys).containsAll(before).containsAll(recordedAhead).doesNotContainAnyElementsOf(recordedBehind);
        assertThat(keys).hasSize(before.size() + recordedAhead.size());
        assertThat(seen.stream().filter(e -> e.kind() == TimelineEntry.Kind.EVENT && e.event().id() == unreadSighting)
                .findFirst().orElseThrow().event().retracted()).as("read after its retraction").isTrue();
        for (int i = 1; i < seen.size(); i++) {
            TimelineEntry a = seen.get(i - 1);
            TimelineEntry b = seen.get(i);
            assertThat(a.at()).as("entry " + i).isBeforeOrEqualTo(b.at());
            if (a.at().equals(b.at())) {
                assertThat(a.kind().ordinal()).as("entry " + i).isLessThanOrEqualTo(b.kind().ordinal());
                if (a.kind() == TimelineEntry.Kind.EVENT && b.kind() == TimelineEntry.Kind.EVENT) {
                    assertThat(a.event().id()).as("entry " + i).isLessThan(b.event().id());
                }
            }
        }
        // the first 10,200 keys are exactly the snapshot, in the snapshot's (database) order
        assertThat(keys.stream().filter(new HashSet<>(before)::contains).toList()).isEqualTo(before);
    }

    private void insertTenThousandEvents() throws SQLException {
        long loading = arguments.portId(f.loadingPort);
        long discharge = arguments.portId(f.dischargePort);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into voyage_event (id, tanker_id, port_id, type, occurred_from, occurred_to, precision,
                    evidence_type, confidence, source_id, illustrative, content_key, recorded_by, recorded_at)
                select nextval('voyage_event_seq'), ?,
                       case when g % 50 = 0 then ? when g % 50 = 25 then ? end,
                       case when g % 50 = 0 then 'LOADING' when g % 50 = 25 then 'ARRIVAL' else 'SIGHTING' end,
                       timestamptz '2015-01-01 00:00Z' + (g / 3) * interval '1 hour',
                       timestamptz '2015-01-01 00:00Z' + (g / 3) * interval '1 hour',
                       'EXACT', 'AIS', 3, (select id from source where key = ?), false,
                       encode(sha256(convert_to('bulk-' || ? || '-' || g, 'UTF8')), 'hex'), 'bulk', now()
                from generate_series(1, 10000) g
                """)) {
            ps.setLong(1, f.tankerId);
            ps.setLong(2, loading);
            ps.setLong(3, discharge);
            ps.setString(4, f.source);
            ps.setLong(5, f.tankerId);
            assertThat(ps.executeUpdate()).isEqualTo(10_000);
        }
    }

    /** The expected order, straight from the tables: (time, kind, id). */
    private List<String> allKeysInOrder() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select kind, id from (
                    select occurred_from as at, 0 as kind, id::text as id, id as event_id, null::uuid as voyage_id
                    from voyage_event where tanker_id = ?
                    union all
                    select loading_from, 1, id::text, null, id from voyage where tanker_id = ?
                ) u order by at, kind, event_id, voyage_id
                """)) {
            ps.setLong(1, f.tankerId);
            ps.setLong(2, f.tankerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(key(rs.getInt(1) == 0 ? TimelineEntry.Kind.EVENT : TimelineEntry.Kind.VOYAGE, rs.getString(2)));
                }
            }
        }
        return keys;
    }

    private long lastSightingId() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select max(id) from voyage_event where tanker_id = ? and type = 'SIGHTING'")) {
            ps.setLong(1, f.tankerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long record(String day) {
        return recorder.record(new NewVoyageEvent(f.tanker, EventType.SIGHTING, day, null, null, null, null, null, null,
                null, null, null, EvidenceType.SATELLITE_IMAGE, 3, f.source, null, false, null, null), "test", null).event().id();
    }

    private TimelineFilter filter() {
        return TimelineFilter.ALL.withTanker(f.tankerId);
    }

    private List<TimelineEntry> entries(UnaryOperator<TimelineFilter> narrow) {
        return timeline.timeline(narrow.apply(filter()), Set.of(), null, 1000).entries();
    }

    private List<String> ids(UnaryOperator<TimelineFilter> narrow) {
        return entries(narrow).stream().map(TimelineEntry::id).toList();
    }

    private static TimelineFilter with(TimelineFilter x, Set<EventType> types, Set<EvidenceType> evidence, Integer min) {
        return new TimelineFilter(x.from(), x.to(), x.tankerId(), x.portId(), x.loadPortId(), types, evidence, min,
                x.illustrative(), x.retracted());
    }

    private static TimelineFilter retracted(TimelineFilter x, boolean retracted) {
        return new TimelineFilter(x.from(), x.to(), x.tankerId(), x.portId(), x.loadPortId(), x.types(),
                x.evidenceTypes(), x.minConfidence(), x.illustrative(), retracted);
    }

    private static String id(Map<String, Long> ids, String name) {
        return Long.toString(ids.get(name));
    }

    private static String key(TimelineEntry.Kind kind, Object id) {
        return kind + ":" + id;
    }
}
