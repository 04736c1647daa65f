package org.tidemark.cap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.cap.CapStatus.BandStatus;
import org.tidemark.domain.Cap;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.Composition;
import org.tidemark.query.DesignatedShare;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.Wording;

/** Caps, and where each calendar year's tracked voyages stand against them, band by band. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CapQueries {

    static final String LOAD_FACTOR_RULE = "load factor to reach = (limit − fixed volume) ÷ volume at full load;"
            + " capacity-based voyages scale with the load factor (each band keeps its own capacity and product"
            + " factor); above 1 the cap is unreachable at any load factor, since no tanker carries more than full;"
            + " reported-volume and draft-based voyages count as they are, voyages without an estimate count nothing";

    private final DataSource dataSource;

    CapQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<CapView> caps() {
        return Cap.<Cap>listAll(Sort.by("code")).stream().map(CapView::of).toList();
    }

    /** A cap by id (digits) or code. */
    public Optional<CapView> find(String idOrCode) {
        String ref = idOrCode == null ? "" : idOrCode.strip();
        Optional<Cap> cap = Cap.findByCode(ref);
        if (cap.isEmpty() && !ref.isEmpty() && ref.length() < 19 && ref.chars().allMatch(Character::isDigit)) {
            cap = Cap.findByIdOptional(Long.parseLong(ref));
        }
        return cap.map(CapView::of);
    }

    /** The year's status against the cap; a cap that does not exist is a 404. The filter's from/to are ignored. */
    public CapStatus status(String capIdOrCode, int year, TimelineFilter filter) {
        CapView cap = find(capIdOrCode).orElseThrow(() -> DomainException.notFound("there is no cap '" + capIdOrCode
                + "'; GET /api/caps lists them"));
        return statusByYear(cap, year, year, filter).get(0);
    }

    /**
     * The status of each year from {@code firstYear} to {@code lastYear}, both included. Voyages are summed
     * per UTC day (over the covering index voyage_aggregates); the running total runs over those days, so
     * the sort is of days, not voyages; only the day a band crosses is then walked voyage by voyage to name
     * the voyage that crossed it.
     */
    public List<CapStatus> statusByYear(CapView cap, int firstYear, int lastYear, TimelineFilter filter) {
        boolean tonnes = cap.unit() == VolumeUnit.TONNE;
        String col = tonnes ? "_t" : "_bbl";
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        // each band's own capacity (a range's low end for low, its high end for high); a barrel cap scales it by
        // the band's product factor, a tonne cap by nothing
        String full = tonnes ? "v.%2$s" : "v.%2$s * v.%1$s_bbl_per_t";
        String fixed = "v.estimate_method in ('REPORTED_VOLUME', 'DRAFT_CHANGE')";
        Sql sql = new Sql().add("""
                with days as (
                    select extract(year from v.loading_day)::int as year, v.loading_day as day,
                           count(*) as voyages, count(*) filter (where v.estimate_method = 'NONE') as without_estimate,
                           bool_or(v.includes_illustrative) as illustrative,
                           coalesce(sum(v.low%1$s), 0) as low, coalesce(sum(v.central%1$s), 0) as central,
                           coalesce(sum(v.high%1$s), 0) as high,
                           count(v.capacity_t) as capacity_voyages, coalesce(sum(v.capacity_t), 0) as capacity_t,
                           coalesce(sum(%2$s), 0) as full_low, coalesce(sum(%3$s), 0) as full_central,
                           coalesce(sum(%4$s), 0) as full_high,
                           count(*) filter (where %5$s) as fixed_voyages, %6$s,
                           coalesce(sum(v.low%1$s) filter (where %5$s), 0) as fixed_low,
                           coalesce(sum(v.central%1$s) filter (where %5$s), 0) as fixed_central,
                           coalesce(sum(v.high%1$s) filter (where %5$s), 0) as fixed_high
                    from voyage v
                    where v.loading_from >= ? and v.loading_from < ?""".formatted(col, full.formatted("low", "capacity_low_t"),
                full.formatted("central", "capacity_t"), full.formatted("high", "capacity_high_t"), fixed,
                DesignatedShare.counts()), from, to);
        sql.add(filter.voyageConditionsExceptRange());
        sql.add("""

                    group by 1, 2
                ), running as (
                    select d.*, sum(low) over w as cum_low, sum(central) over w as cum_central,
                           sum(high) over w as cum_high
                    from days d
                    window w as (partition by year order by day)
                )
                select year, sum(voyages) as voyages, sum(without_estimate) as without_estimate,
                       bool_or(illustrative) as illustrative,
                       sum(low) as total_low, sum(central) as total_central, sum(high) as total_high,
                       min(day) filter (where cum_low >= ?) as crossed_low,
                       min(cum_low - low) filter (where cum_low >= ?) as before_low,
                       min(day) filter (where cum_central >= ?) as crossed_central,
                       min(cum_central - central) filter (where cum_central >= ?) as before_central,
                       min(day) filter (where cum_high >= ?) as crossed_high,
                       min(cum_high - high) filter (where cum_high >= ?) as before_high,
                       sum(capacity_voyages) as capacity_voyages, sum(capacity_t) as capacity_t,
                       sum(full_low) as full_low, sum(full_central) as full_central, sum(full_high) as full_high,
                       sum(fixed_voyages) as fixed_voyages, sum(fixed_low) as fixed_low,
                       sum(fixed_central) as fixed_central, sum(fixed_high) as fixed_high,
                       sum(designated_trips) as designated_trips, sum(unknown_trips) as unknown_trips,
                       sum(not_designated_trips) as not_designated_trips
                from running
                group by year
                """, cap.limit(), cap.limit(), cap.limit(), cap.limit(), cap.limit(), cap.limit());

        Map<Integer, CapStatus> byYear = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<YearRow> rows = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(YearRow.of(rs));
                }
            }
            for (YearRow row : rows) {
                byYear.put(row.year(), status(c, cap, row, col, filter));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the status of cap " + cap.code() + " failed", e);
        }
        List<CapStatus> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(byYear.getOrDefault(year, empty(cap, year)));
        }
        return years;
    }

    /** One year as the day-level statement sums it. */
    private record YearRow(int year, long voyages, long withoutEstimate, boolean illustrative, BandRow low,
            BandRow central, BandRow high, CapStatus.LoadFactorBasis basis, DesignatedShare designated) {

        static YearRow of(ResultSet rs) throws SQLException {
            return new YearRow(rs.getInt("year"), rs.getLong("voyages"), rs.getLong("without_estimate"),
                    rs.getBoolean("illustrative"), BandRow.of(rs, "low"), BandRow.of(rs, "central"),
                    BandRow.of(rs, "high"), new CapStatus.LoadFactorBasis(rs.getLong("capacity_voyages"),
                    rs.getDouble("capacity_t"), rs.getLong("fixed_voyages"), LOAD_FACTOR_RULE), DesignatedShare.read(rs));
        }
    }

    /**
     * One band of a year row.
     *
     * @param crossedOn   the first day the running total reached the limit, or null
     * @param totalBefore the running total at the start of that day
     */
    private record BandRow(double total, LocalDate crossedOn, double totalBefore, double fixed, double atFull) {

        static BandRow of(ResultSet rs, String band) throws SQLException {
            return new BandRow(rs.getDouble("total_" + band), rs.getObject("crossed_" + band, LocalDate.class),
                    rs.getDouble("before_" + band), rs.getDouble("fixed_" + band), rs.getDouble("full_" + band));
        }
    }

    private static CapStatus status(Connection c, CapView cap, YearRow row, String col, TimelineFilter filter)
            throws SQLException {
        BandStatus low = band(c, cap, row.low(), "low" + col, filter);
        BandStatus central = band(c, cap, row.central(), "central" + col, filter);
        BandStatus high = band(c, cap, row.high(), "high" + col, filter);
        return new CapStatus(cap, row.year(), cap.unit(), row.voyages(), row.withoutEstimate(), row.illustrative(),
                low, central, high, row.basis(), row.designated(),
                summary(cap, row.year(), row.voyages(), low, central, high),
                Composition.of(c, filter, yearStart(row.year()), yearStart(row.year() + 1)));
    }

    private static Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static BandStatus band(Connection c, CapView cap, BandRow row, String column, TimelineFilter filter)
            throws SQLException {
        Double loadFactor = row.atFull() > 0 ? Math.max(0.0, (cap.limit() - row.fixed()) / row.atFull()) : null;
        UUID crossedBy = row.crossedOn() == null ? null : crossingVoyage(c, cap, row, column, filter);
        return new BandStatus(row.total(), row.total() / cap.limit(), row.crossedOn() != null, row.crossedOn(),
                crossedBy, row.fixed(), row.atFull(), loadFactor);
    }

    /** The voyage on the crossing day whose estimate took the running total to the limit. */
    private static UUID crossingVoyage(Connection c, CapView cap, BandRow row, String column, TimelineFilter filter)
            throws SQLException {
        Instant day = row.crossedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        double needed = cap.limit() - row.totalBefore();
        Sql sql = new Sql().add("""
                select id from (
                    select v.id, v.loading_from,
                           sum(coalesce(v.%1$s, 0)) over (order by v.loading_from, v.id
                                                          rows between unbounded preceding and current row) as running
                    from voyage v
                    where v.loading_from >= ? and v.loading_from < ?""".formatted(column), day,
                day.plus(1, ChronoUnit.DAYS));
        sql.add(filter.voyageConditionsExceptRange());
        // the first voyage that reaches it; the day's last if summing in this order left the total a hair short
        sql.add("""

                ) x
                order by running >= ? desc, case when running >= ? then x.loading_from end,
                         case when running >= ? then x.id end, x.loading_from desc, x.id desc
                limit 1
                """, needed, needed, needed);
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getObject(1, UUID.class) : null;
        }
    }

    private static CapStatus empty(CapView cap, int year) {
        BandStatus none = new BandStatus(0, 0, false, null, null, 0, 0, null);
        return new CapStatus(cap, year, cap.unit(), 0, 0, false, none, none, none,
                new CapStatus.LoadFactorBasis(0, 0, 0, LOAD_FACTOR_RULE), DesignatedShare.NONE,
                summary(cap, year, 0, none, none, none), Composition.NONE);
    }

    /** The year in one sentence: voyages, and for each band its total, share of the limit and crossing. */
    static String summary(CapView cap, int year, long voyages, BandStatus low, BandStatus central, BandStatus high) {
        String limit = Wording.volume(cap.limit(), cap.unit());
        if (voyages == 0) {
            return year + ": no tracked voyages against the " + limit + " cap";
        }
        return year + ": " + Wording.count(voyages, "voyage", "voyages") + "; central estimate "
                + Wording.volume(central.total(), cap.unit()) + ", " + Math.round(central.shareOfLimit() * 100)
                + " % of the " + limit + " cap, " + crossing(central) + "; low " + Wording.volume(low.total(), cap.unit()) + ", "
                + crossing(low) + "; high " + Wording.volume(high.total(), cap.unit()) + ", " + crossing(high);
    }

    private static String crossing(BandStatus band) {
        return band.crossed() ? "crossed on " + band.crossedOn() : "not crossed";
    }
}
