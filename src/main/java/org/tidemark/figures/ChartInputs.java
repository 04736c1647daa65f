package org.tidemark.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.cap.CapView;
import org.tidemark.chart.CapLine;
import org.tidemark.chart.ClaimMarker;
import org.tidemark.chart.CumulativeVolumeData;
import org.tidemark.chart.EventMarker;
import org.tidemark.chart.MonthlyTripCount;
import org.tidemark.chart.MonthlyTripsData;
import org.tidemark.chart.VolumePoint;
import org.tidemark.chart.VoyageBar;
import org.tidemark.chart.VoyageTimelineData;
import org.tidemark.claim.ClaimView;
import org.tidemark.claim.Claims;
import org.tidemark.config.EstimateConfig;
import org.tidemark.domain.ClaimSubject;
import org.tidemark.domain.EventType;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.EventEntry;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;
import org.tidemark.series.Interval;
import org.tidemark.series.SeriesQueries;
import org.tidemark.series.TripQuery;
import org.tidemark.series.TripSeries;
import org.tidemark.series.VolumeQuery;
import org.tidemark.series.VolumeSeries;
import org.tidemark.timeline.TimelinePage;
import org.tidemark.timeline.TimelineQueries;
import org.tidemark.voyage.VoyagePage;
import org.tidemark.voyage.VoyageQueries;

/**
 * Turns the read model into chart inputs. It calls the very services the series, voyages and
 * timeline endpoints call, so a chart can only draw what the API serves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChartInputs {

    /** Beyond this many voyage bars or event markers a timeline is unreadable; the chart says it is cut. */
    static final int MAX_BARS = 2_000;
    static final int MAX_MARKERS = 5_000;
    private static final int PAGE = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final SeriesQueries series;
    private final Claims claims;
    private final VoyageQueries voyages;
    private final TimelineQueries timeline;
    private final String bandNote;

    ChartInputs(SeriesQueries series, Claims claims, VoyageQueries voyages, TimelineQueries timeline,
                EstimateConfig estimates) {
        this.series = series;
        this.claims = claims;
        this.voyages = voyages;
        this.timeline = timeline;
        this.bandNote = String.format(Locale.ENGLISH,
                "band per trip = capacity × load factor (%.2f / %.2f / %.2f) × barrels per tonne (%.2f / %.2f / %.2f)",
                estimates.low().loadFactor(), estimates.central().loadFactor(), estimates.high().loadFactor(),
                estimates.settings().low().factor().barrelsPerTonne(),
                estimates.settings().central().factor().barrelsPerTonne(),
                estimates.settings().high().factor().barrelsPerTonne());
    }

    /** The cumulative series in barrels (restarting each 1 January when a cap is given), the cap per year and volume claims. */
    public CumulativeVolumeData cumulativeVolume(TimelineFilter filter, String cap) {
        return cumulativeVolume(filter, cap, null);
    }

    /**
     * As {@link #cumulativeVolume(TimelineFilter, String)}, each day's step linking to {@code stepLinks} +
     * {@code from=…&to=…} (null: no links): the voyages the series counted on those days.
     */
    public CumulativeVolumeData cumulativeVolume(TimelineFilter filter, String cap, String stepLinks) {
        VolumeSeries s = series.volume(new VolumeQuery(filter, Interval.DAY, true, VolumeUnit.BARREL, cap));
        List<VolumePoint> points = s.points().stream()
                .map(p -> new VolumePoint(p.end(), p.low(), p.central(), p.high(), p.voyages())).toList();
        List<CapLine> caps = s.capYears() == null ? List.of() : s.capYears().stream()
                .map(c -> new CapLine(c.year(), c.cap().limit(), String.format(Locale.ENGLISH, "%s %d: %,.0f bbl",
                        shortName(c.cap()), c.year(), c.cap().limit()), c.central().crossedOn()))
                .toList();
        List<ClaimMarker> markers = new ArrayList<>();
        if (s.from() != null) {
            for (ClaimView c : claims.claims(day(s.from()), day(s.to()).minusDays(1))) {
                if (c.subject() == ClaimSubject.VOLUME && c.unit() == VolumeUnit.BARREL) {
                    markers.add(new ClaimMarker(Long.toString(c.id()), c.publisher(), c.periodTo(), c.value(),
                            c.publisher() + ", " + comparator(c) + String.format(Locale.ENGLISH, "%,.0f bbl", c.value())
                                    + " (" + c.periodFrom() + " to " + c.periodTo() + ")",
                            "/api/claims/" + c.id() + "/reconciliation"));
                }
            }
        }
        return new CumulativeVolumeData(
                "Cumulative cargo volume" + range(s.from(), s.to()) + layer(filter),
                points, caps, markers, s.includesIllustrative(),
                sourceLine(s.voyages(), s.voyagesWithoutEstimate()) + "; " + bandNote, stepLinks);
    }

    /**
     * One bar per voyage (to its discharge; without one, an in-progress voyage to the chart's end, any other to its
     * last evidence), and sightings and AIS switch-offs as markers.
     */
    public VoyageTimelineData voyageTimeline(TimelineFilter filter) {
        return voyageTimeline(filter, Charts.API_VOYAGES);
    }

    /** As {@link #voyageTimeline(TimelineFilter)}, each bar linking to {@code voyageLinks} + the voyage id. */
    public VoyageTimelineData voyageTimeline(TimelineFilter filter, String voyageLinks) {
        List<VoyageBar> bars = new ArrayList<>();
        boolean illustrative = false;
        String cursor = null;
        do {
            VoyagePage page = voyages.list(filter, cursor, PAGE);
            Map<UUID, Instant> lastEvidence = voyages.lastEvidence(page.entries().stream().map(VoyageView::id).toList());
            for (VoyageView v : page.entries()) {
                if (bars.size() < MAX_BARS) {
                    bars.add(new VoyageBar(v.id().toString(), v.tanker().name(), v.loadingFrom(), v.dischargeFrom(),
                            v.status(), voyageLinks + v.id(), lastEvidence.get(v.id()), v.illustrative()));
                    illustrative |= v.includesIllustrative();
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null && bars.size() < MAX_BARS);
        boolean cut = cursor != null;

        TimelineFilter markerFilter = new TimelineFilter(filter.from(), filter.to(), filter.tankerId(), filter.portId(),
                filter.loadPortId(), Set.of(EventType.SIGHTING, EventType.AIS_OFF, EventType.AIS_ON),
                filter.evidenceTypes(), filter.minConfidence(), filter.illustrative(), false, filter.designated());
        List<EventMarker> markers = new ArrayList<>();
        List<DarkPeriods.Switch> switches = new ArrayList<>();
        cursor = null;
        do {
            TimelinePage page = timeline.timeline(markerFilter, Set.of(TimelineEntry.Kind.EVENT), cursor, 1000);
            for (TimelineEntry e : page.entries()) {
                if (markers.size() + switches.size() < MAX_MARKERS) {
                    EventEntry event = e.event();
                    String port = event.port() == null ? null : event.port().name();
                    if (event.type() == EventType.SIGHTING) {
                        markers.add(new EventMarker(e.tanker().name(), event.occurredFrom(),
                                "Sighting" + (port == null ? " at sea" : " at " + port) + ", "
                                        + DAY.format(event.occurredFrom().atOffset(ZoneOffset.UTC))));
                    } else {
                        switches.add(new DarkPeriods.Switch(e.tanker().name(), event.type(), event.occurredFrom(), port));
                    }
                    illustrative |= event.illustrative();
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null && markers.size() + switches.size() < MAX_MARKERS);
        cut |= cursor != null;
        Instant asOf = filter.to() != null ? filter.to() : Instant.now();

        return new VoyageTimelineData("Voyages by tanker" + range(filter.from(), filter.to()) + layer(filter), bars, markers,
                DarkPeriods.spans(switches, filter.from(), asOf), asOf, illustrative,
                sourceLine(bars.size(), -1) + (cut ? "; cut at " + MAX_BARS + " voyages / " + MAX_MARKERS
                        + " markers: narrow the filter" : ""));
    }

    /**
     * Laden trips per month of loading (as {@code /api/series/trips} counts them: by loading_from, UTC), stacked by
     * discharge port.
     */
    public MonthlyTripsData monthlyTrips(TimelineFilter filter) {
        TripSeries trips = series.trips(new TripQuery(filter, Interval.MONTH, true));
        List<MonthlyTripCount> counts = new ArrayList<>();
        for (TripSeries.Point p : trips.points()) {
            for (TripSeries.PortCount c : p.byDischargePort()) {
                counts.add(new MonthlyTripCount(YearMonth.from(p.start()), c.port(), c.trips()));
            }
        }
        return new MonthlyTripsData("Laden trips by month of loading, per discharge port" + range(trips.from(), trips.to())
                + layer(filter),
                counts, trips.includesIllustrative(), sourceLine(trips.trips(), trips.voyagesWithoutEstimate()));
    }

    /** Says in the title when the chart shows one layer of the data only. */
    static String layer(TimelineFilter filter) {
        if (filter.illustrative() == null) {
            return "";
        }
        return filter.illustrative() ? " (illustrative data only)" : " (documented data only)";
    }

    private static String sourceLine(long voyages, long withoutEstimate) {
        return "Source: Tidemark, " + voyages + " voyages derived from recorded events"
                + (withoutEstimate > 0 ? " (" + withoutEstimate + " without an estimate)" : "");
    }

    private static String comparator(ClaimView c) {
        return switch (c.comparator()) {
            case ABOUT -> "about ";
            case MORE_THAN -> "more than ";
            case LESS_THAN -> "less than ";
            case EXACTLY -> "";
        };
    }

    private static String shortName(CapView cap) {
        return cap.code().startsWith("unscr-2397") ? "UNSCR 2397 cap" : cap.name();
    }

    private static String range(Instant from, Instant to) {
        if (from == null || to == null) {
            return "";
        }
        return ", " + DAY.format(day(from)) + " – " + DAY.format(day(to).minusDays(1));
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }
}
