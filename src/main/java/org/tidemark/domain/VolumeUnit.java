package org.tidemark.domain;

/** Units a cargo volume is stated in; tonnes need a product factor to become barrels. */
public enum VolumeUnit {
    BARREL,
    TONNE,
    CUBIC_METRE;

    /** One US oil barrel in cubic metres (42 US gallons). */
    public static final double CUBIC_METRES_PER_BARREL = 0.158987294928;

    /**
     * The amount to the step it means in this unit: whole barrels, tenths of a tonne or of a cubic metre.
     * The API's one rounding rule for quantities; estimates are envelopes, and anything finer is noise.
     */
    public double round(double amount) {
        if (!Double.isFinite(amount)) {
            return amount;
        }
        return this == BARREL ? Math.round(amount) : Math.round(amount * 10) / 10.0;
    }

    /** A share, ratio or load factor to three decimals (0.1 %). */
    public static double roundRatio(double ratio) {
        return Double.isFinite(ratio) ? Math.round(ratio * 1000) / 1000.0 : ratio;
    }
}
