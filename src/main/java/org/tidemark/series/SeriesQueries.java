package org.tidemark.series;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.cap.CapQueries;
import org.tidemark.cap.CapStatus;
import org.tidemark.cap.CapView;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.Composition;
import org.tidemark.query.EntryRows;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;

/** Volume and trip series, counted by PostgreSQL: per-day sums, generate_series buckets, window running totals. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeriesQueries {

    /** More points than any chart can show; beyond it a coarser interval is the answer. */
    public static final int MAX_POINTS = 5000;

    private final DataSource dataSource;
    private final CapQueries caps;

    SeriesQueries(DataSource dataSource, CapQueries caps) {
        this.dataSource = dataSource;
        this.caps = caps;
    }

    /** Cargo volume per interval or as a running total, low / central / high. */
    public VolumeSeries volume(VolumeQuery q) {
        CapView cap = null;
        if (q.cap() != null && !q.cap().isBlank()) {
            cap = caps.find(q.cap()).orElseThrow(() -> DomainException.invalid("cap",
                    "there is no cap '" + q.cap() + "'; GET /api/caps lists them"));
        }
        VolumeUnit unit = q.unit() != null ? q.unit() : cap != null ? cap.unit() : VolumeUnit.BARREL;
        if (cap != null && unit != cap.unit()) {
            throw DomainException.invalid("unit", "cap " + cap.code() + " counts " + cap.unit()
                    + "; ask for unit=" + cap.unit() + " or leave unit out");
        }
        boolean resetsEachYear = q.cumulative() && cap != null;
        Range range = range(q.filter());
        if (range == null) {
            return new VolumeSeries(null, null, q.interval(), q.cumulative(), unit, cap, resetsEachYear, List.of(),
                    new VoyageView.Band(0, 0, 0, unit), 0, 0, false, List.of(), Composition.NONE);
        }
        checkPoints(q.interval(), range);
        // a running total against a yearly cap starts on 1 January, even when the range starts later
        Instant aggregateFrom = resetsEachYear
                ? utc(range.from()).withDayOfYear(1).truncatedTo(ChronoUnit.DAYS).toInstant(ZoneOffset.UTC)
                : range.from();
        String col = unit == VolumeUnit.TONNE ? "_t" : "_bbl";
        // Voyages are summed per UTC day first (over the covering index voyage_aggregates), then the few
        // hundred days per bucket. The amounts count from `from`; the running sums (all_*) from aggregateFrom,
        // which is earlier only for a year-to-date total against a cap.
        boolean yearToDate = aggregateFrom.isBefore(range.from());
        String inRange = yearToDate ? " filter (where v.loading_from >= ?)" : "";
        Object[] inRangeParams = yearToDate ? new Object[] {range.from()} : new Object[0];
        Sql sql = new Sql().add("with days as (\n    select v.loading_day as day");
        sql.add(", count(*)" + inRange + " as voyages", inRangeParams);
        sql.add(", count(*) filter (where v.estimate_method = 'NONE'" + (yearToDate ? " and v.loading_from >= ?" : "")
                + ") as without_estimate", inRangeParams);
        for (String band : List.of("low", "central", "high")) {
            sql.add(", sum(v." + band + col + ")" + inRange + " as " + band, inRangeParams);
        }
        sql.add(", bool_or(v.includes_illustrative)" + inRange + " as illustrative", inRangeParams);
        for (Composition.Part part : Composition.PARTS) { // what the voyages rest on, from the same index-only scan
            sql.add(", count(*) filter (where " + part.condition() + (yearToDate ? " and v.loading_from >= ?" : "")
                    + ") as " + part.name(), inRangeParams);
        }
        sql.add(", sum(v.low%1$s) as all_low, sum(v.central%1$s) as all_central, sum(v.high%1$s) as all_high".formatted(col));
        sql.add("\n    from voyage v\n    where v.loading_from >= ? and v.loading_from < ?", aggregateFrom, range.to());
        sql.add(q.filter().voyageConditionsExceptRange());
        sql.add("""

                    group by 1
                ), agg as (
                    select %s as bucket, sum(voyages) as voyages, sum(without_estimate) as without_estimate,
                           coalesce(sum(low), 0) as low, coalesce(sum(central), 0) as central,
                           coalesce(sum(high), 0) as high, bool_or(illustrative) as illustrative,
                           coalesce(sum(all_low), 0) as all_low, coalesce(sum(all_central), 0) as all_central,
                           coalesce(sum(all_high), 0) as all_high, %s
                    from days
                    group by 1
                ), """.formatted(bucketExpression(q.interval(), "day::timestamp"), compositionColumns("sum(%s) as %s")));
        sql.add(buckets(q.interval(), utc(aggregateFrom), utc(range.to())));
        sql.add("""
                , series as (
                    select b.bucket, coalesce(a.voyages, 0) as voyages, coalesce(a.without_estimate, 0) as without_estimate,
                           %s,
                           coalesce(a.illustrative, false) as illustrative,
                           coalesce(a.low, 0) as low, coalesce(a.central, 0) as central, coalesce(a.high, 0) as high,
                           sum(coalesce(a.all_low, 0)) over w as cum_low,
                           sum(coalesce(a.all_central, 0)) over w as cum_central,
                           sum(coalesce(a.all_high, 0)) over w as cum_high
                    from buckets b left join agg a on a.bucket = b.bucket
                    window w as (%s order by b.bucket)
                )
                select s.*, sum(s.low) over () as total_low, sum(s.central) over () as total_central,
                       sum(s.high) over () as total_high, sum(s.voyages) over () as total_voyages,
                       sum(s.without_estimate) over () as total_without_estimate,
                       bool_or(s.illustrative) over () as any_illustrative, %s
                from series s
                where s.bucket >= %s
                order by s.bucket
                """.formatted(compositionColumns("coalesce(a.%s, 0) as %s"),
                resetsEachYear ? "partition by date_trunc('year', b.bucket)" : "",
                compositionColumns("sum(s.%s) over () as total_%s"), bucketExpression(q.interval(), "?::timestamp")),
                utc(range.from()), utc(range.from()));

        List<VolumeSeries.Point> points = new ArrayList<>();
        double totalLow = 0;
        double totalCentral = 0;
        double totalHigh = 0;
        long voyages = 0;
        long withoutEstimate = 0;
        boolean illustrative = false;
        Composition composition = Composition.NONE;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            String prefix = q.cumulative() ? "cum_" : "";
            while (rs.next()) {
                LocalDateTime start = rs.getObject("bucket", LocalDateTime.class);
                points.add(new VolumeSeries.Point(start.toLocalDate(), lastDay(q.interval(), start, range.to()),
                        rs.getLong("voyages"), rs.getLong("without_estimate"), rs.getBoolean("illustrative"),
                        rs.getDouble(prefix + "low"), rs.getDouble(prefix + "central"), rs.getDouble(prefix + "high")));
                totalLow = rs.getDouble("total_low");
                totalCentral = rs.getDouble("total_central");
                totalHigh = rs.getDouble("total_high");
                voyages = rs.getLong("total_voyages");
                withoutEstimate = rs.getLong("total_without_estimate");
                illustrative = rs.getBoolean("any_illustrative");
                composition = Composition.of(voyages, rs, "total_");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the volume series failed", e);
        }
        List<CapStatus> capYears = cap == null ? List.of()
                : caps.statusByYear(cap, utc(range.from()).getYear(), utc(range.to().minusNanos(1000)).getYear(),
                q.filter());
        return new VolumeSeries(range.from(), range.to(), q.interval(), q.cumulative(), unit, cap, resetsEachYear,
                points, new VoyageView.Band(totalLow, totalCentral, totalHigh, unit), voyages, withoutEstimate,
                illustrative, capYears, composition);
    }

    /** Laden trips per interval, optionally per discharge port (an unknown discharge port is its own group). */
    public TripSeries trips(TripQuery q) {
        Range range = range(q.filter());
        if (range == null) {
            return new TripSeries(null, null, q.interval(), q.splitByDischargePort(), List.of(), List.of(), 0, 0, false,
                    Composition.NONE);
        }
        checkPoints(q.interval(), range);
        String group = q.splitByDischargePort() ? "v.discharge_port_id" : "cast(null as bigint)";
        // per UTC day and port first, then per bucket: the same two steps as the volume series
        Sql sql = new Sql().add("""
                with days as (
                    select v.loading_day as day, %s as port_id, count(*) as trips,
                           count(*) filter (where v.estimate_method = 'NONE') as without_estimate,
                           bool_or(v.includes_illustrative) as illustrative
                    from voyage v
                    where v.loading_from >= ? and v.loading_from < ?""".formatted(group), range.from(), range.to());
        sql.add(q.filter().voyageConditionsExceptRange());
        sql.add("""

                    group by 1, 2
                ), agg as (
                    select %s as bucket, port_id, sum(trips) as trips, sum(without_estimate) as without_estimate,
                           bool_or(illustrative) as illustrative
                    from days
                    group by 1, 2
                ), """.formatted(bucketExpression(q.interval(), "day::timestamp")));
        sql.add(buckets(q.interval(), utc(range.from()), utc(range.to())));
        // "left join groups on true" keeps every bucket even when no voyage matched at all
        sql.add("""
                , groups as (select distinct port_id, true as present from agg)
                select b.bucket, g.port_id, g.present, p.name as port, coalesce(a.trips, 0) as trips,
                       coalesce(a.without_estimate, 0) as without_estimate, coalesce(a.illustrative, false) as illustrative
                from buckets b
                left join groups g on true
                left join agg a on a.bucket = b.bucket and a.port_id is not distinct from g.port_id
                left join port p on p.id = g.port_id
                order by b.bucket, p.name nulls last, g.port_id
                """);

        Map<LocalDateTime, List<TripSeries.PortCount>> byBucket = new LinkedHashMap<>();
        Map<Long, TripSeries.PortGroup> groups = new LinkedHashMap<>();
        TripSeries.PortGroup unknown = null;
        long trips = 0;
        long withoutEstimate = 0;
        boolean illustrative = false;
        Composition composition;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDateTime start = rs.getObject("bucket", LocalDateTime.class);
                List<TripSeries.PortCount> counts = byBucket.computeIfAbsent(start, s -> new ArrayList<>());
                if (!rs.getBoolean("present")) {
                    continue;
                }
                Long portId = (Long) rs.getObject("port_id");
                String port = rs.getString("port");
                long n = rs.getLong("trips");
                counts.add(new TripSeries.PortCount(portId, port, n));
                if (portId == null) {
                    unknown = new TripSeries.PortGroup(null, null);
                } else {
                    groups.putIfAbsent(portId, new TripSeries.PortGroup(portId, port));
                }
                trips += n;
                withoutEstimate += rs.getLong("without_estimate");
                illustrative |= rs.getBoolean("illustrative");
            }
            composition = Composition.of(c, q.filter(), range.from(), range.to());
        } catch (SQLException e) {
            throw new IllegalStateException("reading the trip series failed", e);
        }
        List<TripSeries.Point> points = new ArrayList<>();
        for (Map.Entry<LocalDateTime, List<TripSeries.PortCount>> b : byBucket.entrySet()) {
            long n = b.getValue().stream().mapToLong(TripSeries.PortCount::trips).sum();
            points.add(new TripSeries.Point(b.getKey().toLocalDate(), lastDay(q.interval(), b.getKey(), range.to()), n,
                    q.splitByDischargePort() ? List.copyOf(b.getValue()) : null));
        }
        List<TripSeries.PortGroup> portGroups = new ArrayList<>();
        if (q.splitByDischargePort()) {
            portGroups.addAll(groups.values());
            if (unknown != null) {
                portGroups.add(unknown);
            }
        }
        return new TripSeries(range.from(), range.to(), q.interval(), q.splitByDischargePort(), portGroups, points,
                trips, withoutEstimate, illustrative, composition);
    }

    /** The range asked for, or the span of the matching voyages where from/to are not given; null if there is none. */
    private Range range(TimelineFilter filter) {
        if (filter.from() != null && filter.to() != null) {
            return new Range(filter.from(), filter.to());
        }
        Sql sql = new Sql().add("select min(v.loading_from) as first, max(v.loading_from) as last from voyage v where true");
        sql.add(filter.voyageConditions());
        Instant first;
        Instant last;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            first = EntryRows.instant(rs, "first");
            last = EntryRows.instant(rs, "last");
        } catch (SQLException e) {
            throw new IllegalStateException("finding the span of the voyages failed", e);
        }
        Instant from = filter.from();
        Instant to = filter.to();
        if (from == null) {
            if (first == null) {
                return null;
            }
            from = first.truncatedTo(ChronoUnit.DAYS);
        }
        if (to == null) {
            if (last == null) {
                return null;
            }
            to = last.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        }
        if (!from.isBefore(to)) {
            return null;
        }
        return new Range(from, to);
    }

    /** The {@link Composition#PARTS} as select-list entries, each formatted with the part's name twice. */
    private static String compositionColumns(String format) {
        return String.join(", ", Composition.PARTS.stream().map(p -> format.formatted(p.name(), p.name())).toList());
    }

    private static void checkPoints(Interval interval, Range range) {
        long points = interval.bucketsBetween(utc(range.from()), utc(range.to()));
        if (points > MAX_POINTS) {
            throw DomainException.invalid("interval", "the range needs about " + points + " " + interval.name()
                    .toLowerCase() + " points; the bound is " + MAX_POINTS + ": choose a coarser interval or a shorter range");
        }
    }

    /** The bucket of a UTC timestamp expression: the same rule as {@link Interval#bucketOf}. */
    private static String bucketExpression(Interval interval, String timestamp) {
        return "greatest(date_trunc('" + interval.truncField + "', " + timestamp + "), date_trunc('year', " + timestamp
                + "))";
    }

    /**
     * The CTE "buckets": the bucket of {@code from}, every interval start after it, and every 1 January
     * after it (where a week is split), all before {@code to}.
     */
    private static Sql buckets(Interval interval, LocalDateTime from, LocalDateTime to) {
        return new Sql().add("""
                buckets as (
                    select bucket from (
                        select %s as bucket
                        union
                        select generate_series(date_trunc('%s', ?::timestamp) + interval '%s', ?::timestamp, interval '%s')
                        union
                        select generate_series(date_trunc('year', ?::timestamp) + interval '1 year', ?::timestamp,
                                               interval '1 year')
                    ) all_starts
                    where bucket < ?::timestamp
                )""".formatted(bucketExpression(interval, "?::timestamp"), interval.truncField, interval.step,
                interval.step), from, from, from, to, from, to, to);
    }

    private static LocalDate lastDay(Interval interval, LocalDateTime start, Instant to) {
        LocalDateTime end = interval.next(start);
        LocalDateTime limit = utc(to);
        LocalDateTime stop = end.isAfter(limit) ? limit : end;
        return stop.minusNanos(1000).toLocalDate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Range(Instant from, Instant to) {
    }
}
