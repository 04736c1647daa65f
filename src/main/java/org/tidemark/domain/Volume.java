package org.tidemark.domain;

import java.util.Objects;

/** A non-negative amount of cargo in a stated unit. */
public record Volume(double amount, VolumeUnit unit) {

    public Volume {
        Objects.requireNonNull(unit, "unit");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("a volume must be a finite amount of zero or more, got " + amount);
        }
    }

    public static Volume barrels(double amount) {
        return new Volume(amount, VolumeUnit.BARREL);
    }

    public static Volume tonnes(double amount) {
        return new Volume(amount, VolumeUnit.TONNE);
    }

    /**
     * Converts to another unit. Barrels and cubic metres convert exactly; tonnes need the
     * product's density, given as a barrels-per-tonne factor.
     */
    public Volume to(VolumeUnit target, ProductFactor factor) {
        if (target == unit) {
            return this;
        }
        double barrels = switch (unit) {
            case BARREL -> amount;
            case CUBIC_METRE -> amount / VolumeUnit.CUBIC_METRES_PER_BARREL;
            case TONNE -> amount * requireFactor(factor).barrelsPerTonne();
        };
        double converted = switch (target) {
            case BARREL -> barrels;
            case CUBIC_METRE -> barrels * VolumeUnit.CUBIC_METRES_PER_BARREL;
            case TONNE -> barrels / requireFactor(factor).barrelsPerTonne();
        };
        return new Volume(converted, target);
    }

    private static ProductFactor requireFactor(ProductFactor factor) {
        if (factor == null) {
            throw new IllegalArgumentException("converting between tonnes and volume units needs a product factor");
        }
        return factor;
    }
}
