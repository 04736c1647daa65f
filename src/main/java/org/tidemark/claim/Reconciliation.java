package org.tidemark.claim;

import java.time.LocalDate;

import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.Composition;
import org.tidemark.query.DesignatedShare;
import org.tidemark.query.VoyageView;

/**
 * A claim beside what Tidemark tracked for the same period, loading port and filter.
 *
 * @param tracked              the tracked figures; all of them, whatever the claim is about
 * @param difference           tracked minus claimed, for the claim's subject
 * @param consistent           the tracked figure (a count, for volume the low–high band, for a designated share
 *                             the range from the share known designated to the share if every undecided trip
 *                             was) meets the claim's comparator; ABOUT allows ±10 %: the verdict is not CONTRADICTED
 * @param verdict              supported, possible or contradicted, by the comparator's stated rule, naming the
 *                             band that decided
 * @param summary              one plain sentence
 * @param includesIllustrative the tracked figures rest partly on illustrative data
 * @param illustrative         the illustrative filter applied (false: documented data only), or null for all data
 */
public record Reconciliation(
        ClaimView claim,
        Tracked tracked,
        Difference difference,
        boolean consistent,
        String summary,
        boolean includesIllustrative,
        Boolean illustrative,
        ClaimVerdict verdict) {

    /**
     * What was tracked: voyages that loaded in the period (at the claim's port, if it names one).
     *
     * @param trips                  derived voyages (laden trips) that loaded in the period
     * @param vessels                distinct tankers among them
     * @param volume                 their summed estimate, in the claim's unit (barrels for non-volume claims)
     * @param voyagesWithoutEstimate trips with method NONE: counted as trips, add nothing to the volume
     * @param composition            what kinds of voyage the trips are (unknown origin, loaded at sea, inferred, conflicts)
     * @param designated             the trips by whether their tanker was designated when they loaded
     */
    public record Tracked(LocalDate periodFrom, LocalDate periodTo, VoyageView.Ref loadPort, long trips, long vessels,
            VoyageView.Band volume, long voyagesWithoutEstimate, Composition composition, DesignatedShare designated) {
    }

    /**
     * Tracked minus claimed.
     *
     * @param central for counts the only difference; for volume the central estimate's; for a designated
     *                share the known share's (low the same, high the share if every undecided trip was designated)
     * @param low     for volume: the low estimate's difference; null for counts
     * @param high    for volume: the high estimate's difference; null for counts
     * @param ratio   tracked (central) ÷ claimed; null when the claim is 0
     * @param unit    the unit of a volume difference; null for counts
     */
    public record Difference(double central, Double low, Double high, Double ratio, VolumeUnit unit) {
        public Difference {
            if (unit != null) {
                central = unit.round(central);
                low = low == null ? null : unit.round(low);
                high = high == null ? null : unit.round(high);
            }
            ratio = ratio == null ? null : VolumeUnit.roundRatio(ratio);
        }
    }
}
