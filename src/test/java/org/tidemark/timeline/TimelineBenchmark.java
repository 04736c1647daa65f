package org.tidemark.timeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.tidemark.ingest.TankerDerivation;

/**
 * Opt-in timing at 1M events (200 tankers × 5,000 events over 2023–2024, a delivery every 10 events, so
 * 100,000 voyages): a one-tanker one-year timeline page against the same SQL run bare, and a cumulative
 * monthly series against the cap. Run alone on a fresh test database:
 * {@code mvn test -Dtest=TimelineBenchmark -Dtidemark.bench=true}. Prints p50/p99; asserts nothing, as
 * timings on a shared machine are not a test.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "tidemark.bench", matches = "true")
class TimelineBenchmark {

    private static final int TANKERS = 200;
    private static final int EVENTS_PER_TANKER = 5_000;

    @Inject
    DataSource dataSource;
    @Inject
    TankerDerivation derivation;
    @Inject
    TimelineQueries timeline;
    @Inject
    SeriesQueries series;
    @Inject
    CapQueries caps;

    @Test
    void timings() throws SQLException {
        long started = System.nanoTime();
        List<Long> tankers = load();
        Log.infof("loaded %d events in %d s", TANKERS * EVENTS_PER_TANKER, (System.nanoTime() - started) / 1_000_000_000);
        started = System.nanoTime();
        // one transaction per tanker: a single rebuildAll of 1M events would outlast the default transaction timeout
        int voyages = 0;
        for (long id : tankers) {
            voyages += QuarkusTransaction.requiringNew().call(() -> {
                derivation.lock(id);
                return derivation.rederive(id).size();
            });
        }
        Log.infof("derived %d voyages in %d s", voyages, (System.nanoTime() - started) / 1_000_000_000);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
        }

        explain("""
                select extract(year from v.loading_day)::int as year, v.loading_day as day,
                       count(*), count(*) filter (where v.estimate_method = 'NONE'), bool_or(v.includes_illustrative),
                       sum(v.low_bbl), sum(v.central_bbl), sum(v.high_bbl), count(v.capacity_t), sum(v.capacity_t),
                       sum(v.capacity_t * v.low_bbl_per_t), sum(v.capacity_t * v.central_bbl_per_t),
                       sum(v.capacity_t * v.high_bbl_per_t),
                       count(*) filter (where v.estimate_method in ('REPORTED_VOLUME', 'DRAFT_CHANGE')),
                       sum(v.low_bbl) filter (where v.estimate_method in ('REPORTED_VOLUME', 'DRAFT_CHANGE'))
                from voyage v where v.loading_from >= '2023-01-01Z' and v.loading_from < '2024-01-01Z' group by 1, 2
                """);
        explain("""
                select v.loading_day, count(*), count(*) filter (where v.estimate_method = 'NONE'),
                       sum(v.low_bbl), sum(v.central_bbl), sum(v.high_bbl), bool_or(v.includes_illustrative)
                from voyage v where v.loading_from >= '2023-01-01Z' and v.loading_from < '2025-01-01Z' group by 1
                """);
        Random random = new Random(7);
        Instant from = Instant.parse("2023-01-01T00:00:00Z");
        Instant to = Instant.parse("2024-01-01T00:00:00Z");
        Supplier<TimelineFilter> oneTankerOneYear = () -> TimelineFilter.ALL
                .withTanker(tankers.get(random.nextInt(tankers.size()))).withRange(from, to);
        report("timeline page (service, limit 100)", 2_000,
                () -> timeline.timeline(oneTankerOneYear.get(), Set.of(), null, 100));
        String[] cursor = {null};
        long[] tanker = {tankers.get(0)};
        report("timeline page (service, walking pages)", 2_000, () -> {
            TimelinePage page = timeline.timeline(TimelineFilter.ALL.withTanker(tanker[0]).withRange(from, to),
                    Set.of(), cursor[0], 100);
            cursor[0] = page.nextCursor();
            if (cursor[0] == null) {
                tanker[0] = tankers.get(random.nextInt(tankers.size()));
            }
            return page;
        });
        report("timeline page (the same SQL, bare JDBC)", 2_000, () -> bare(oneTankerOneYear.get()));
        report("cumulative monthly volume vs cap, all voyages, 2 years", 200, () -> series.volume(new VolumeQuery(
                TimelineFilter.ALL.withRange(from, Instant.parse("2025-01-01T00:00:00Z")), Interval.MONTH, true,
                null, "unscr-2397-refined")));
        report("cumulative monthly volume, no cap, 2 years", 200, () -> series.volume(new VolumeQuery(
                TimelineFilter.ALL.withRange(from, Instant.parse("2025-01-01T00:00:00Z")), Interval.MONTH, true,
                null, null)));
        report("cap status, one year, all voyages", 200, () -> caps.status("unscr-2397-refined", 2023,
                TimelineFilter.ALL));
        report("cumulative monthly volume, no cap, one year", 200, () -> series.volume(new VolumeQuery(
                TimelineFilter.ALL.withRange(from, to), Interval.MONTH, true, null, null)));
    }

    /** Logs the plan, so a slow run shows whether the aggregates scanned the covering index. */
    private void explain(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
            while (rs.next()) {
                plan.append('\n').append(rs.getString(1));
            }
        }
        Log.infof("PLAN%s", plan);
    }

    /** The statement TimelineQueries runs for a first page, executed and read without building records. */
    private int bare(TimelineFilter f) {
        String sql = """
                with page as (select kind, at, event_id, voyage_id from (
                (select 0 as kind, e.occurred_from as at, e.id as event_id, cast(null as uuid) as voyage_id
                 from voyage_event e where true and e.occurred_from >= ? and e.occurred_from < ? and e.tanker_id = ?
                 order by e.occurred_from, e.id limit ?)
                union all
                (select 1 as kind, v.loading_from as at, cast(null as bigint) as event_id, v.id as voyage_id
                 from voyage v where true and v.loading_from >= ? and v.loading_from < ? and v.tanker_id = ?
                 order by v.loading_from, v.id limit ?)
                ) u order by at, kind, event_id, voyage_id limit ?) select * from page p
                left join voyage_event e on e.id = p.event_id
                left join voyage_event r on r.retracts_event_id = e.id
                left join port ep on ep.id = e.port_id
                left join voyage v on v.id = p.voyage_id
                left join port lp on lp.id = v.load_port_id
                left join port dp on dp.id = v.discharge_port_id
                left join voyage_event oe on oe.id = v.opening_event_id
                join tanker t on t.id = coalesce(e.tanker_id, v.tanker_id)
                join source s on s.id = coalesce(e.source_id, oe.source_id)
                order by p.at, p.kind, p.event_id, p.voyage_id
                """;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, f.from().atOffset(java.time.ZoneOffset.UTC));
            ps.setObject(2, f.to().atOffset(java.time.ZoneOffset.UTC));
            ps.setLong(3, f.tankerId());
            ps.setInt(4, 101);
            ps.setObject(5, f.from().atOffset(java.time.ZoneOffset.UTC));
            ps.setObject(6, f.to().atOffset(java.time.ZoneOffset.UTC));
            ps.setLong(7, f.tankerId());
            ps.setInt(8, 101);
            ps.setInt(9, 101);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, int runs, Supplier<?> run) {
        for (int i = 0; i < runs / 5; i++) {
            run.get();
        }
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            run.get();
            micros[i] = (System.nanoTime() - t0) / 1_000;
        }
        Arrays.sort(micros);
        Log.infof("BENCH %-58s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms", what, micros[runs / 2] / 1000.0,
                micros[(int) (runs * 0.99)] / 1000.0, micros[runs - 1] / 1000.0);
    }

    /** Ports, a source, 200 tankers and 1M events, all in SQL. */
    private List<Long> load() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into source (id, key, publisher, title) values (nextval('source_seq'), 'bench', 'Bench', 'Bench');
                    insert into port (id, name, country, latitude, longitude, role)
                    select nextval('port_seq'), 'Bench ' || r || ' ' || g, 'RU', 42, 133, r
                    from (values ('LOADING'), ('DISCHARGE')) roles(r), generate_series(1, 3) g;
                    insert into tanker (id, name, deadweight_t, flag)
                    select nextval('tanker_seq'), 'Bench tanker ' || g, 1000 + (g * 37) %% 8000, 'KP'
                    from generate_series(1, %d) g;
                    """.formatted(TANKERS));
            s.execute("""
                    with t as (select id, row_number() over (order by id) as n from tanker where name like 'Bench tanker %%'),
                         l as (select id from port where name = 'Bench LOADING 1'),
                         d as (select array_agg(id order by id) as ids from port where name like 'Bench DISCHARGE %%')
                    insert into voyage_event (id, tanker_id, port_id, type, occurred_from, occurred_to, precision,
                        evidence_type, confidence, source_id, illustrative, content_key, recorded_by, recorded_at)
                    select nextval('voyage_event_seq'), t.id,
                           case when k %% 10 = 0 then (select id from l)
                                when k %% 10 = 5 then (select ids[1 + (k / 10 + t.n) %% 3] from d) end,
                           case when k %% 10 = 0 then 'LOADING' when k %% 10 = 5 then 'ARRIVAL'
                                when k %% 10 in (3, 8) then 'AIS_OFF' else 'SIGHTING' end,
                           timestamptz '2023-01-01 00:00Z' + k * interval '210 minutes' + t.n * interval '1 minute',
                           timestamptz '2023-01-01 00:00Z' + k * interval '210 minutes' + t.n * interval '1 minute',
                           'EXACT', 'SATELLITE_IMAGE', 1 + k %% 4, (select id from source where key = 'bench'), false,
                           md5(t.id || '-' || k) || md5(k || '-' || t.id), 'bench', now()
                    from t, generate_series(0, %d) k
                    """.formatted(EVENTS_PER_TANKER - 1));
        }
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from tanker where name like 'Bench tanker %' order by id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
