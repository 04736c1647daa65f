package org.tidemark.brief;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.cap.CapQueries;
import org.tidemark.cap.CapStatus;
import org.tidemark.cap.CapView;
import org.tidemark.claim.ClaimView;
import org.tidemark.claim.Claims;
import org.tidemark.claim.Reconciliation;
import org.tidemark.config.DeriveConfig;
import org.tidemark.config.EstimateConfig;
import org.tidemark.derive.EstimationSettings;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.figures.ChartKind;
import org.tidemark.figures.Charts;
import org.tidemark.query.Composition;
import org.tidemark.query.SourceRef;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;
import org.tidemark.query.Wording;
import org.tidemark.series.Interval;
import org.tidemark.series.SeriesQueries;
import org.tidemark.series.VolumeQuery;
import org.tidemark.series.VolumeSeries;
import org.tidemark.voyage.VoyagePage;
import org.tidemark.voyage.VoyageQueries;

/**
 * Composes a publication brief for a filter from the read models the API serves — the same series,
 * cap status, reconciliation, voyages and charts — so that every number in a brief is one a reader
 * can fetch and check. Wording never overclaims: counts are "at least", volumes "estimated", claims
 * "consistent with" or not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Briefs {

    /** More voyages than this make a brief no reader can check by hand; narrow the filter. */
    static final int MAX_VOYAGES = 5_000;
    private static final int PAGE = 1_000;

    private final SeriesQueries series;
    private final CapQueries caps;
    private final Claims claims;
    private final VoyageQueries voyages;
    private final Charts charts;
    private final EstimateConfig estimates;
    private final DeriveConfig derivation;
    private final DataSource dataSource;

    Briefs(SeriesQueries series, CapQueries caps, Claims claims, VoyageQueries voyages, Charts charts,
           EstimateConfig estimates, DeriveConfig derivation, DataSource dataSource) {
        this.series = series;
        this.caps = caps;
        this.claims = claims;
        this.voyages = voyages;
        this.charts = charts;
        this.estimates = estimates;
        this.derivation = derivation;
        this.dataSource = dataSource;
    }

    /** The brief for {@code filter}, as the data stands now. */
    public Brief compose(TimelineFilter filter, String filterDescription) {
        return compose(filter, filterDescription, true);
    }

    /**
     * The brief's figures for {@code filter} as the data stands now, without its charts: what a published
     * brief is compared with.
     */
    public Brief figures(TimelineFilter filter) {
        return compose(filter, "", false);
    }

    private Brief compose(TimelineFilter filter, String filterDescription, boolean withCharts) {
        VolumeSeries total = series.volume(new VolumeQuery(filter, Interval.MONTH, false, VolumeUnit.BARREL, null));
        Instant from = filter.from() != null ? filter.from() : total.from();
        Instant to = filter.to() != null ? filter.to() : total.to();
        if (from == null && to == null) { // nothing matches and no range given: the brief of today, empty
            from = Instant.now().truncatedTo(ChronoUnit.DAYS);
        }
        if (from == null) {
            from = to.minus(1, ChronoUnit.DAYS);
        }
        if (to == null || !from.isBefore(to)) {
            to = from.plus(1, ChronoUnit.DAYS);
        }
        TimelineFilter scope = filter.withRange(from, to);
        List<VoyageView> list = allVoyages(scope);
        long documented = Boolean.TRUE.equals(filter.illustrative()) ? 0
                : list.stream().filter(v -> !v.illustrative()).count();
        LocalDate firstDay = day(from);
        LocalDate lastDay = day(to.minusNanos(1));
        List<CapStatus> capYears = new ArrayList<>();
        for (CapView cap : caps.caps()) {
            capYears.addAll(caps.statusByYear(cap, firstDay.getYear(), lastDay.getYear(), scope));
        }
        List<ClaimView> claimed = claims.claims(firstDay, lastDay);
        List<Reconciliation> reconciled = claimed.stream()
                .map(c -> claims.reconcile(c.id(), filter)).toList();
        boolean documentedOnly = Boolean.FALSE.equals(filter.illustrative());
        List<SourceRef> sources = sources(list, claimed).stream()
                .filter(s -> !documentedOnly || !s.illustrative()).toList();
        List<Brief.Capacity> capacities = capacities(list);
        Composition composition = total.composition();
        String title = "Tidemark brief: tanker deliveries " + Wording.day(firstDay) + " – " + Wording.day(lastDay)
                + (documentedOnly ? " (documented data only)" : "");
        return new Brief(title, firstDay, lastDay, filterDescription, scope, documentedOnly, Instant.now(), dataVersion(),
                headline(list.size(), documented, total, capYears, documentedOnly), list.size(), documented,
                total.total(), composition, capYears, reconciled, list, sources, factors(), capacities, method(),
                caveats(list, documented, composition, capacities, total, gaps(scope, firstDay, lastDay)),
                withCharts ? charts(scope) : List.of(), null);
    }

    private List<VoyageView> allVoyages(TimelineFilter filter) {
        List<VoyageView> all = new ArrayList<>();
        String cursor = null;
        do {
            VoyagePage page = voyages.list(filter, cursor, PAGE);
            all.addAll(page.entries());
            cursor = page.nextCursor();
            if (all.size() > MAX_VOYAGES) {
                throw DomainException.invalid("from", "the filter matches more than " + MAX_VOYAGES
                        + " voyages; a brief lists every one, so narrow the period, tanker or port");
            }
        } while (cursor != null);
        return all;
    }

    private static List<String> headline(long trips, long documented, VolumeSeries total, List<CapStatus> capYears,
                                         boolean documentedOnly) {
        List<String> lines = new ArrayList<>();
        long illustrative = trips - documented;
        lines.add("Tidemark counts at least " + Wording.count(trips, "laden trip", "laden trips")
                + " in the period" + (documentedOnly ? ", all of them documented."
                : illustrative == 0 ? ", all of them documented."
                : ": " + Wording.whole(documented) + " documented and " + Wording.whole(illustrative)
                + " resting on illustrative data."));
        VoyageView.Band band = total.total();
        lines.add("Their cargo is estimated at " + Wording.volume(band.central(), VolumeUnit.BARREL)
                + " (central), within a band of " + Wording.volume(band.low(), VolumeUnit.BARREL) + " to "
                + Wording.volume(band.high(), VolumeUnit.BARREL) + (total.voyagesWithoutEstimate() > 0
                ? "; " + Wording.count(total.voyagesWithoutEstimate(), "trip has", "trips have")
                + " no estimate and add nothing" : "") + ".");
        for (CapStatus year : capYears) {
            lines.add(capSentence(year));
        }
        return lines;
    }

    private static String capSentence(CapStatus s) {
        String limit = Wording.volume(s.cap().limit(), s.unit());
        CapStatus.BandStatus c = s.central();
        String crossing = c.crossed()
                ? "the central estimate reached the " + limit + " cap (" + s.cap().name() + ") on "
                + Wording.day(c.crossedOn())
                : "the central estimate stayed below the " + limit + " cap (" + s.cap().name() + "), at "
                + Math.round(c.shareOfLimit() * 100) + " %";
        String designated = s.designatedShare().share() == null ? ""
                : "; " + Wording.whole(s.designatedShare().designatedTrips()) + " of the year's trips were by tankers "
                + "designated at the time, " + Wording.whole(s.designatedShare().unknownTrips()) + " undetermined";
        return s.year() + ": " + crossing + (c.loadFactorToReachMeaning() == null ? ""
                : "; the cap is " + c.loadFactorToReachMeaning()) + designated + ".";
    }

    private List<Brief.Factor> factors() {
        EstimationSettings s = estimates.settings();
        return List.of(factor("low", s.low()), factor("central", s.central()), factor("high", s.high()));
    }

    private static Brief.Factor factor(String name, EstimationSettings.Band b) {
        return new Brief.Factor(name, b.loadFactor(), b.loadFactorBasis(), b.factor().product().name(),
                b.factor().barrelsPerTonne(), b.factor().table().title());
    }

    private List<String> method() {
        return List.of(
                "Voyages are derived from recorded events: a loading (or an arrival and departure) at a loading port "
                        + "opens a delivery, which closes at a discharge port. Observations at one port more than "
                        + derivation.maxCallGap().toHours() + " hours apart are separate calls.",
                "A delivery closed by a new call rather than a discharge is INFERRED; a discharge with no loading "
                        + "on record is ORIGIN_UNKNOWN and still counts as a trip; a transfer at sea opens a delivery "
                        + "on the receiving tanker.",
                "A voyage is as confident as its weaker end (1 to 4); contradicting evidence is listed as a conflict, "
                        + "never silently dropped.",
                "Cargo is estimated per voyage: a volume reported for the voyage is used as it is; otherwise cargo "
                        + "capacity × load factor × barrels per tonne, each band with its own factors (below); a "
                        + "capacity known only as a range uses its low end for the low band and its high end for the "
                        + "high band. Estimates are rounded once, to whole barrels.");
    }

    private static List<Brief.Capacity> capacities(List<VoyageView> list) {
        Map<String, Brief.Capacity> byTanker = new LinkedHashMap<>();
        for (VoyageView v : list) {
            if (v.estimate() == null || v.estimate().method() != EstimateMethod.CAPACITY_LOAD_FACTOR) {
                continue;
            }
            Map<String, Object> in = v.estimate().inputs();
            boolean assumed = Boolean.TRUE.equals(in.get("capacityAssumed"));
            String basis = "cargo capacity " + Wording.whole(number(in.get("cargoCapacityT"))) + " t ("
                    + in.get("capacityBasis") + ")";
            Brief.Capacity seen = byTanker.get(v.tanker().name());
            long count = seen == null ? 1 : seen.voyages() + 1;
            byTanker.put(v.tanker().name(), new Brief.Capacity(v.tanker().name(), basis, assumed,
                    (String) in.get("capacityAssumption"), count));
        }
        return List.copyOf(byTanker.values());
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static List<String> caveats(List<VoyageView> list, long documented, Composition c,
                                        List<Brief.Capacity> capacities, VolumeSeries total, List<YearMonth> gaps) {
        List<String> lines = new ArrayList<>();
        long trips = list.size();
        if (trips > documented) {
            lines.add(Wording.count(trips - documented, "trip rests", "trips rest") + " on illustrative data (a "
                    + "documented reconstruction, not observed evidence): they are marked ◆ and are not findings.");
        }
        long partly = list.stream().filter(v -> !v.illustrative() && v.includesIllustrative()).count();
        if (partly > 0) {
            lines.add(Wording.count(partly, "documented trip includes", "documented trips include")
                    + " illustrative support or assumed particulars.");
        }
        long assumed = capacities.stream().filter(Brief.Capacity::assumed).mapToLong(Brief.Capacity::voyages).sum();
        if (assumed > 0) {
            lines.add("The estimates of " + Wording.count(assumed, "trip rest", "trips rest")
                    + " on an assumed cargo capacity (marked in the table of capacities).");
        }
        if (c.inferred() > 0) {
            lines.add(Wording.count(c.inferred(), "trip's", "trips'") + " discharge is inferred, not observed.");
        }
        if (c.originUnknown() > 0) {
            lines.add(Wording.count(c.originUnknown(), "trip has", "trips have") + " no loading on record "
                    + "(origin unknown).");
        }
        if (c.loadedAtSea() > 0) {
            lines.add(Wording.count(c.loadedAtSea(), "trip was", "trips were") + " loaded at sea from another tanker;"
                    + " its cargo may also be counted on the tanker that gave it.");
        }
        if (c.withConflicts() > 0) {
            lines.add(Wording.count(c.withConflicts(), "trip has", "trips have") + " conflicting evidence.");
        }
        if (total.voyagesWithoutEstimate() > 0) {
            lines.add(Wording.count(total.voyagesWithoutEstimate(), "trip has", "trips have")
                    + " no cargo estimate: the tanker's capacity and deadweight are unknown.");
        }
        if (!gaps.isEmpty()) {
            lines.add("No evidence at all is recorded for " + gaps.stream().map(YearMonth::toString)
                    .reduce((a, b) -> a + ", " + b).orElseThrow() + ": an absence of trips there is an absence "
                    + "of evidence, not evidence of absence.");
        }
        lines.add("Counts are lower bounds: a trip no source observed is not counted.");
        return lines;
    }

    /** Sources cited by the voyages' supporting events and by the claims, by publisher and title. */
    private List<SourceRef> sources(List<VoyageView> list, List<ClaimView> claimed) {
        UUID[] ids = list.stream().map(VoyageView::id).toArray(UUID[]::new);
        Long[] claimSources = claimed.stream().map(c -> c.source() == null ? null : c.source().id())
                .filter(Objects::nonNull).toArray(Long[]::new);
        List<SourceRef> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SOURCES)) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            ps.setArray(2, c.createArrayOf("bigint", claimSources));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new SourceRef(rs.getLong("id"), rs.getString("key"), rs.getString("publisher"),
                            rs.getString("title"), rs.getString("url"), rs.getObject("published_on", LocalDate.class),
                            rs.getBoolean("illustrative")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a brief's sources failed", e);
        }
        return found;
    }

    private static final String SOURCES = """
            select s.id, s.key, s.publisher, s.title, s.url, s.published_on, s.illustrative
            from source s
            where s.id in (select e.source_id from voyage_evidence ve join voyage_event e on e.id = ve.event_id
                           where ve.voyage_id = any (?))
               or s.id = any (?)
            order by s.publisher, s.title, s.id
            """;

    /** Months of the period in which no event at all matches the filter. */
    private List<YearMonth> gaps(TimelineFilter filter, LocalDate first, LocalDate last) {
        List<YearMonth> gaps = new ArrayList<>();
        Sql conditions = filter.withRange(null, null).eventConditions();
        Sql sql = new Sql().add("""
                select m::date from generate_series(date_trunc('month', ?::date), ?::date, interval '1 month') m
                where not exists (select 1 from voyage_event e
                                  where e.occurred_from >= m and e.occurred_from < m + interval '1 month'""",
                first, last).add(conditions).add(")\norder by 1");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    gaps.add(YearMonth.from(rs.getObject(1, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a brief's coverage failed", e);
        }
        return gaps;
    }

    private List<Brief.Chart> charts(TimelineFilter filter) {
        return List.of(
                chart(ChartKind.CUMULATIVE_VOLUME, filter, "Cumulative estimated cargo",
                        "Running total of the estimated cargo (low, central and high) by day of loading, with the cap."),
                chart(ChartKind.VOYAGE_TIMELINE, filter, "Voyages by tanker",
                        "Each trip as a bar from loading to discharge, one row per tanker; the voyage table lists them."),
                chart(ChartKind.MONTHLY_TRIPS, filter, "Trips per month of loading",
                        "Laden trips counted by the month they loaded, by discharge port."));
    }

    private Brief.Chart chart(ChartKind kind, TimelineFilter filter, String title, String description) {
        Charts.Request request = new Charts.Request(kind, filter, null, 1000, 500);
        String svg = charts.svg(request).replaceFirst("^<\\?xml[^>]*>\\s*", "");
        return new Brief.Chart(title, svg, charts.build(request), description);
    }

    private long dataVersion() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select last_value from data_version_seq");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the data version failed", e);
        }
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
