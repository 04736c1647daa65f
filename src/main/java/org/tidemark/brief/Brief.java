package org.tidemark.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jfree.chart.JFreeChart;

import org.tidemark.cap.CapStatus;
import org.tidemark.claim.Reconciliation;
import org.tidemark.query.Composition;
import org.tidemark.query.SourceRef;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;

/**
 * Everything a publication brief states for one filter, with what each statement rests on: the
 * headline sentences, the cap years, the claims beside the tracked figures, every voyage and every
 * source cited, the method and its factors, and the caveats the data calls for.
 *
 * @param scope            the filter as the read models applied it, with the brief's closed period
 * @param documentedOnly   the filter kept documented data only ({@code illustrative=false})
 * @param dataVersion      the data version the brief was composed at (moves on every write)
 * @param headline         the numbers as sentences, worded never to overclaim
 * @param documentedTrips  trips whose opening event is documented
 * @param charts           the three charts as SVG (vector in HTML and PDF); empty when composed for figures only
 * @param published        where and by whom the brief was published; null for a preview
 */
public record Brief(
        String title,
        LocalDate from,
        LocalDate to,
        String filterDescription,
        TimelineFilter scope,
        boolean documentedOnly,
        Instant generatedAt,
        long dataVersion,
        List<String> headline,
        long trips,
        long documentedTrips,
        VoyageView.Band volume,
        Composition composition,
        List<CapStatus> capYears,
        List<Reconciliation> claims,
        List<VoyageView> voyages,
        List<SourceRef> sources,
        List<Factor> factors,
        List<Capacity> capacities,
        List<String> method,
        List<String> caveats,
        List<Chart> charts,
        Published published) {

    /** The same brief, published under {@code id}. */
    public Brief publishedAs(Published as) {
        return new Brief(title, from, to, filterDescription, scope, documentedOnly, generatedAt, dataVersion, headline,
                trips, documentedTrips, volume, composition, capYears, claims, voyages, sources, factors, capacities,
                method, caveats, charts, as);
    }

    /** A published brief's permanent address (a path, as the server answers it), author and time. */
    public record Published(String id, String path, String by, Instant at) {
    }

    /** One band's assumptions: load factor and its citation, product and barrels per tonne from a named table. */
    public record Factor(String band, double loadFactor, String loadFactorBasis, String product, double barrelsPerTonne,
                         String table) {
    }

    /** A tanker's capacity as its estimates used it, and its basis; {@code assumed} when not from a record. */
    public record Capacity(String tanker, String basis, boolean assumed, String note, long voyages) {
    }

    /** A chart as SVG for the HTML, as the chart itself for the PDF (drawn as vectors), with a text alternative. */
    public record Chart(String title, String svg, JFreeChart figure, String description) {
    }
}
