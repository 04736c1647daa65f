package org.tidemark.cap;

import java.time.LocalDate;
import java.util.UUID;

import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.Composition;
import org.tidemark.query.DesignatedShare;

/**
 * Where one calendar year's tracked deliveries stand against a cap, band by band. A voyage counts
 * in the year it loaded (loading_from, UTC).
 *
 * @param unit                   the cap's unit; the totals are in it
 * @param voyages                voyages that loaded in the year (and match the filter)
 * @param voyagesWithoutEstimate of those, voyages with method NONE: they add nothing to any band
 * @param includesIllustrative   any of those voyages rests on illustrative data
 * @param designatedShare        those voyages by whether their tanker was designated when they loaded
 * @param summary                one plain sentence
 * @param composition            what kinds of voyage the year's totals count (unknown origin, loaded at sea, inferred,
 *                               conflicts)
 */
public record CapStatus(
        CapView cap,
        int year,
        VolumeUnit unit,
        long voyages,
        long voyagesWithoutEstimate,
        boolean includesIllustrative,
        BandStatus low,
        BandStatus central,
        BandStatus high,
        LoadFactorBasis loadFactorBasis,
        DesignatedShare designatedShare,
        String summary,
        Composition composition) {

    /**
     * One band's year.
     *
     * @param total             the band's total for the year
     * @param shareOfLimit      total ÷ the cap's limit
     * @param crossedOn         the loading day (UTC) of the voyage that took the running total to the limit or
     *                          beyond; null if the year stayed below it
     * @param crossedByVoyage   that voyage
     * @param fixedVolume       the part of the total that does not depend on a load factor (reported volumes
     *                          and draft-based estimates)
     * @param volumeAtFullLoad  what the capacity-based voyages would carry at load factor 1: Σ capacity (t)
     *                          × the band's barrels per tonne (barrel caps) or Σ capacity (tonne caps)
     * @param loadFactorToReach (limit − fixedVolume) ÷ volumeAtFullLoad: the one load factor, applied to every
     *                          capacity-based voyage of the year, at which the band's total equals the limit;
     *                          0 when the fixed volume alone reaches it; above 1 when even full tankers would
     *                          not; null when the year has no capacity-based voyage
     * @param loadFactorToReachMeaning the load factor to reach in words; above 1 it says "unreachable at any
     *                          load factor"
     */
    public record BandStatus(double total, double shareOfLimit, boolean crossed, LocalDate crossedOn,
            UUID crossedByVoyage, double fixedVolume, double volumeAtFullLoad, Double loadFactorToReach,
            String loadFactorToReachMeaning) {

        public BandStatus(double total, double shareOfLimit, boolean crossed, LocalDate crossedOn, UUID crossedByVoyage,
                          double fixedVolume, double volumeAtFullLoad, Double loadFactorToReach) {
            this(total, shareOfLimit, crossed, crossedOn, crossedByVoyage, fixedVolume, volumeAtFullLoad,
                    loadFactorToReach, meaning(loadFactorToReach));
        }

        /** The load factor to reach in words. */
        static String meaning(Double loadFactorToReach) {
            if (loadFactorToReach == null) {
                return "no capacity-based voyage this year: no load factor changes the total";
            }
            if (loadFactorToReach == 0) {
                return "reached by the reported and draft-based volumes alone, at any load factor";
            }
            String figure = String.format(java.util.Locale.ROOT, "%.3f", loadFactorToReach);
            return loadFactorToReach > 1
                    ? "unreachable at any load factor: even with every capacity-based tanker full (1.000) the year"
                            + " stays short of the cap; it would take " + figure
                    : "reached at a load factor of " + figure + " on every capacity-based voyage";
        }

        /** The quantities to what they mean in {@code unit}, the shares to 0.1 %. */
        BandStatus rounded(VolumeUnit unit) {
            return new BandStatus(unit.round(total), VolumeUnit.roundRatio(shareOfLimit), crossed, crossedOn,
                    crossedByVoyage, unit.round(fixedVolume), unit.round(volumeAtFullLoad),
                    loadFactorToReach == null ? null : VolumeUnit.roundRatio(loadFactorToReach),
                    loadFactorToReachMeaning);
        }
    }

    public CapStatus {
        // the API's one rounding rule (VolumeUnit.round), applied where the read model's record is made
        low = low.rounded(unit);
        central = central.rounded(unit);
        high = high.rounded(unit);
        loadFactorBasis = new LoadFactorBasis(loadFactorBasis.capacityBasedVoyages(),
                VolumeUnit.TONNE.round(loadFactorBasis.capacityTonnes()), loadFactorBasis.fixedVoyages(),
                loadFactorBasis.rule());
    }

    /**
     * What the load factors to reach the cap rest on.
     *
     * @param capacityBasedVoyages voyages estimated as capacity × load factor: they scale with the load factor
     * @param capacityTonnes       their summed cargo capacity
     * @param fixedVoyages         voyages with a reported volume or a draft-based estimate: counted as they are
     */
    public record LoadFactorBasis(long capacityBasedVoyages, double capacityTonnes, long fixedVoyages, String rule) {
    }
}
