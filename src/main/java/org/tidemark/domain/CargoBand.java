package org.tidemark.domain;

import java.util.Objects;

/** A low/central/high envelope of one quantity in one unit; never a bare number. */
public record CargoBand(double low, double central, double high, VolumeUnit unit) {

    public CargoBand {
        Objects.requireNonNull(unit, "unit");
        if (!(low >= 0) || !(low <= central) || !(central <= high) || Double.isInfinite(high)) {
            throw new IllegalArgumentException(
                    "a band needs 0 <= low <= central <= high, got " + low + " / " + central + " / " + high);
        }
    }

    public static CargoBand exactly(double amount, VolumeUnit unit) {
        return new CargoBand(amount, amount, amount, unit);
    }

    /** Each figure to what it means in the unit ({@link VolumeUnit#round}); rounding keeps the band's order. */
    public CargoBand rounded() {
        return new CargoBand(unit.round(low), unit.round(central), unit.round(high), unit);
    }

    public CargoBand plus(CargoBand other) {
        if (other.unit != unit) {
            throw new IllegalArgumentException("cannot add " + other.unit + " to " + unit);
        }
        return new CargoBand(low + other.low, central + other.central, high + other.high, unit);
    }
}
