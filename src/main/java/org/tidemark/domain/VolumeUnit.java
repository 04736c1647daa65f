package org.tidemark.domain;

/** Units a cargo volume is stated in; tonnes need a product factor to become barrels. */
public enum VolumeUnit {
    BARREL,
    TONNE,
    CUBIC_METRE;

    /** One US oil barrel in cubic metres (42 US gallons). */
    public static final double CUBIC_METRES_PER_BARREL = 0.158987294928;
}
