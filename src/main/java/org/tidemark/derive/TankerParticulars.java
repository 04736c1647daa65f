package org.tidemark.derive;

/**
 * What estimation needs to know of a tanker; any of the quantities may be unknown (null).
 *
 * @param tpcTonnesPerCm tonnes per centimetre immersion, for draft-based estimates
 * @param ballastDraftM  draft in ballast, when no ballast draft was observed on the voyage
 * @param illustrative   the particulars are assumptions made for illustration, so every
 *                       estimate built on them includes illustrative data
 */
public record TankerParticulars(
        long tankerId,
        Double deadweightT,
        Double cargoCapacityT,
        Double tpcTonnesPerCm,
        Double ballastDraftM,
        boolean illustrative) {

    public TankerParticulars(long tankerId, Double deadweightT, Double cargoCapacityT, Double tpcTonnesPerCm,
                             Double ballastDraftM) {
        this(tankerId, deadweightT, cargoCapacityT, tpcTonnesPerCm, ballastDraftM, false);
    }

    public static TankerParticulars unknown(long tankerId) {
        return new TankerParticulars(tankerId, null, null, null, null);
    }
}
