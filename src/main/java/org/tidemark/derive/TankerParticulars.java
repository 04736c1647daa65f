package org.tidemark.derive;

/**
 * What estimation needs to know of a tanker; any of the quantities may be unknown (null).
 *
 * @param cargoCapacityT      a single cargo capacity figure; with a range it is the central figure and must lie in it
 * @param tpcTonnesPerCm      tonnes per centimetre immersion, for draft-based estimates
 * @param ballastDraftM       draft in ballast, when no ballast draft was observed on the voyage
 * @param illustrative        the particulars are assumptions made for illustration, so every
 *                            estimate built on them includes illustrative data and calls its capacity assumed
 * @param cargoCapacityRangeT what the tanker can carry when only a range is known (low band: its low end, high
 *                            band: its high end)
 * @param deadweightRangeT    a deadweight range, used as the deadweight is when no cargo capacity is known
 * @param particularsNote     where the particulars come from, or the reasoning behind an assumed figure
 */
public record TankerParticulars(
        long tankerId,
        Double deadweightT,
        Double cargoCapacityT,
        Double tpcTonnesPerCm,
        Double ballastDraftM,
        boolean illustrative,
        Range cargoCapacityRangeT,
        Range deadweightRangeT,
        String particularsNote) {

    /** A closed range of tonnes, low ≤ high, both positive. */
    public record Range(double low, double high) {
        public Range {
            if (!(low > 0) || !(low <= high) || Double.isInfinite(high)) {
                throw new IllegalArgumentException("a range needs 0 < low <= high, got " + low + " – " + high);
            }
        }

        /** The range of two nullable ends, or null when neither is given; one end alone is refused. */
        public static Range of(Double low, Double high) {
            if (low == null && high == null) {
                return null;
            }
            if (low == null || high == null) {
                throw new IllegalArgumentException("a range needs both ends, got " + low + " – " + high);
            }
            return new Range(low, high);
        }

        boolean contains(double value) {
            return low <= value && value <= high;
        }

        double midpoint() {
            return (low + high) / 2;
        }
    }

    public TankerParticulars {
        if (cargoCapacityT != null && cargoCapacityRangeT != null && !cargoCapacityRangeT.contains(cargoCapacityT)) {
            throw new IllegalArgumentException("cargo capacity " + cargoCapacityT + " t lies outside its range "
                    + cargoCapacityRangeT.low() + " – " + cargoCapacityRangeT.high() + " t");
        }
        if (deadweightT != null && deadweightRangeT != null && !deadweightRangeT.contains(deadweightT)) {
            throw new IllegalArgumentException("deadweight " + deadweightT + " t lies outside its range "
                    + deadweightRangeT.low() + " – " + deadweightRangeT.high() + " t");
        }
    }

    public TankerParticulars(long tankerId, Double deadweightT, Double cargoCapacityT, Double tpcTonnesPerCm,
                             Double ballastDraftM, boolean illustrative) {
        this(tankerId, deadweightT, cargoCapacityT, tpcTonnesPerCm, ballastDraftM, illustrative, null, null, null);
    }

    public TankerParticulars(long tankerId, Double deadweightT, Double cargoCapacityT, Double tpcTonnesPerCm,
                             Double ballastDraftM) {
        this(tankerId, deadweightT, cargoCapacityT, tpcTonnesPerCm, ballastDraftM, false);
    }

    public static TankerParticulars unknown(long tankerId) {
        return new TankerParticulars(tankerId, null, null, null, null);
    }
}
