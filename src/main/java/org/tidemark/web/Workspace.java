package org.tidemark.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.claim.ClaimView;
import org.tidemark.claim.Claims;
import org.tidemark.claim.Reconciliation;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.figures.ChartKind;
import org.tidemark.figures.Charts;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.TimelineFilter;
import org.tidemark.registry.RegistryHistory;
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

/** Gathers what the workspace shows for one filter from the read models the API serves; no query of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Workspace {

    static final String CAP = "unscr-2397-refined";
    static final int PAGE = 25;
    static final int LIST_PAGE = 50;
    /** Voyage pages link from the charts' bars. */
    static final String VOYAGE_PAGES = "/voyages/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Charts charts;
    private final SeriesQueries series;
    private final Claims claims;
    private final TimelineQueries timeline;
    private final VoyageQueries voyages;
    private final VoyageMap map;
    private final RegistryHistory history;

    Workspace(Charts charts, SeriesQueries series, Claims claims, TimelineQueries timeline, VoyageQueries voyages,
              VoyageMap map, RegistryHistory history) {
        this.history = history;
        this.charts = charts;
        this.series = series;
        this.claims = claims;
        this.timeline = timeline;
        this.voyages = voyages;
        this.map = map;
    }

    /** One chart, inline, with the links to download it. */
    public record Figure(String slug, String title, String svg) {
    }

    /** A claim and what was tracked against it. */
    public record ClaimCheck(ClaimView claim, Reconciliation reconciliation) {
    }

    /**
     * Everything on the overview.
     *
     * @param documentedTrips voyages whose opening event is documented (the API's illustrative=false)
     * @param volume          cumulative barrels per month with the cap status of each year
     * @param trips           laden trips per month, split by discharge port
     */
    public record Overview(List<Figure> figures, VolumeSeries volume, TripSeries trips, long documentedTrips,
            long illustrativeTrips, List<ClaimCheck> claims, TimelinePage page, String map) {
    }

    /**
     * One page of the voyages a filter holds, and what they add up to (summed by the series read model, over all
     * pages).
     *
     * @param volume the filter's volume per month, not cumulative: its total is what these voyages add
     */
    public record VoyageList(VoyagePage page, VolumeSeries volume) {

        /** The range as UTC days, as a heading says it: "2 Apr 2024" or "1 Apr 2024 – 30 Apr 2024". */
        public String days() {
            String from = volume.from() == null ? "the start" : DAY.format(volume.from());
            String to = volume.to() == null ? "now" : DAY.format(volume.to().minusNanos(1));
            return from.equals(to) ? from : from + " – " + to;
        }
    }

    /** An old voyage id whose link moved to this voyage, and the reason re-derivation gave. */
    public record Moved(UUID from, String reason) {
    }

    Overview overview(TimelineFilter filter, String cursor, String stepLinks) {
        List<Figure> figures = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            String svg = charts.svg(new Charts.Request(kind, filter, CAP, 1200, 560, VOYAGE_PAGES, stepLinks));
            figures.add(new Figure(kind.slug(), title(kind), InlineSvg.of(svg, kind.slug(), title(kind))));
        }
        VolumeSeries volume = series.volume(new VolumeQuery(filter, Interval.MONTH, true, VolumeUnit.BARREL, CAP));
        TripSeries trips = series.trips(new TripQuery(filter, Interval.MONTH, true));
        long documented = Boolean.TRUE.equals(filter.illustrative()) ? 0
                : series.trips(new TripQuery(filter.withIllustrative(false), Interval.MONTH, false)).trips();
        List<ClaimCheck> checks = new ArrayList<>();
        if (filter.from() != null && filter.to() != null) {
            for (ClaimView c : claims.claims(day(filter.from()), day(filter.to()).minusDays(1))) {
                checks.add(new ClaimCheck(c, claims.reconcile(c.id(), filter)));
            }
        }
        TimelinePage page = timeline.timeline(filter, Set.of(TimelineEntry.Kind.EVENT, TimelineEntry.Kind.VOYAGE),
                cursor, PAGE);
        return new Overview(figures, volume, trips, documented, trips.trips() - documented, checks, page,
                map.draw(filter));
    }

    /** The voyages behind a step of the cumulative chart (or any filter), in loading order, a page at a time. */
    VoyageList voyages(TimelineFilter filter, String cursor) {
        return new VoyageList(voyages.list(filter, cursor, LIST_PAGE),
                series.volume(new VolumeQuery(filter, Interval.MONTH, false, VolumeUnit.BARREL, null)));
    }

    /** The voyage with its events, sources and estimate; or what became of its id. */
    Optional<VoyageView> voyage(UUID id) {
        return voyages.find(id);
    }

    /** The voyage's map: its ports, its tanker's AIS track over its days, its events' positions. */
    String voyageMap(VoyageView v) {
        return map.drawVoyage(v, voyages.lastEvidence(List.of(v.id())).get(v.id()));
    }

    Optional<VoyageQueries.Replacement> replacement(UUID id) {
        return voyages.replacement(id);
    }

    /**
     * Why a link to {@code replacedId} (as the old link's redirect names it) led to voyage {@code here}, read from the
     * lineage so that a page never repeats what a URL says; empty when it did not.
     */
    Optional<Moved> movedHere(String replacedId, UUID here) {
        if (replacedId == null) {
            return Optional.empty();
        }
        UUID old;
        try {
            old = UUID.fromString(replacedId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return voyages.replacement(old).filter(r -> here.equals(r.successor())).map(r -> new Moved(old, r.reason()));
    }

    /** Retracted events of the voyage's tanker during the voyage: what its history lost, with the reasons. */
    List<TimelineEntry> retractedAround(VoyageView v) {
        TimelineFilter f = new TimelineFilter(v.loadingFrom().minusSeconds(7 * 86_400L),
                (v.dischargeTo() != null ? v.dischargeTo() : v.loadingTo()).plusSeconds(7 * 86_400L),
                v.tanker().id(), null, null, Set.of(), Set.of(), null, null, true);
        return timeline.timeline(f, Set.of(TimelineEntry.Kind.EVENT), null, 200).entries();
    }

    /**
     * The registry amendments that re-derived the voyage: changes to its tanker's particulars and its ports' roles
     * made after its first supporting event was recorded.
     */
    List<RegistryHistory.Entry> amendmentsBehind(VoyageView v) {
        List<Long> ports = new ArrayList<>();
        for (VoyageView.Ref port : new VoyageView.Ref[] {v.loadPort(), v.dischargePort()}) {
            if (port != null) {
                ports.add(port.id());
            }
        }
        // an amendment made before the voyage's first event was recorded did not re-derive it: it was derived after
        Instant firstRecorded = v.events() == null ? null : v.events().stream()
                .filter(e -> e.event() != null).map(e -> e.event().recordedAt()).min(Comparator.naturalOrder())
                .orElse(null);
        return history.rederiving(v.tanker().id(), ports).stream()
                .filter(e -> firstRecorded == null || e.changedAt().isAfter(firstRecorded)).toList();
    }

    static String title(ChartKind kind) {
        return switch (kind) {
            case CUMULATIVE_VOLUME -> "Cumulative cargo volume against the UNSCR 2397 cap";
            case VOYAGE_TIMELINE -> "Voyages by tanker";
            case MONTHLY_TRIPS -> "Laden trips per month";
        };
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }
}
