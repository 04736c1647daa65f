package org.tidemark.derive;

import java.util.Objects;

import org.tidemark.domain.FactorTable;
import org.tidemark.domain.Product;
import org.tidemark.domain.ProductFactor;

/**
 * The assumptions behind capacity-based estimates: a load factor and a product factor per band,
 * and the share of deadweight that is not cargo (fuel, water, stores) when no cargo capacity is known.
 */
public record EstimationSettings(Band low, Band central, Band high, double deadweightDeduction) {

    /** One band's assumptions: how full the tanker was, and how many barrels a tonne of its cargo makes. */
    public record Band(double loadFactor, ProductFactor factor) {
        public Band {
            Objects.requireNonNull(factor, "factor");
            if (!(loadFactor > 0 && loadFactor <= 1)) {
                throw new IllegalArgumentException("a load factor lies in (0, 1], got " + loadFactor);
            }
        }

        double barrelsPerCapacityTonne() {
            return loadFactor * factor.barrelsPerTonne();
        }
    }

    /**
     * reference/FACTS.md: low = one-third laden (US 2018) of residual fuel oil (BP 6.35); central =
     * around 90 % laden (US 2018, BBC "almost full") of gas/diesel oil (BP 7.46); high = full of
     * motor gasoline (UNSD 8.50); cargo capacity taken as deadweight when not known.
     */
    public static final EstimationSettings DEFAULTS = new EstimationSettings(
            new Band(0.33, new ProductFactor(FactorTable.BP, Product.RESIDUAL_FUEL_OIL)),
            new Band(0.90, new ProductFactor(FactorTable.BP, Product.GAS_DIESEL_OIL)),
            new Band(1.00, new ProductFactor(FactorTable.UNSD, Product.MOTOR_GASOLINE)),
            0.0);

    public EstimationSettings {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(central, "central");
        Objects.requireNonNull(high, "high");
        if (low.loadFactor() > central.loadFactor() || central.loadFactor() > high.loadFactor()) {
            throw new IllegalArgumentException("load factors must rise from low to central to high");
        }
        if (low.factor().barrelsPerTonne() > central.factor().barrelsPerTonne()
                || central.factor().barrelsPerTonne() > high.factor().barrelsPerTonne()) {
            throw new IllegalArgumentException("barrels-per-tonne factors must rise from low to central to high");
        }
        if (!(deadweightDeduction >= 0 && deadweightDeduction < 1)) {
            throw new IllegalArgumentException("the deadweight deduction lies in [0, 1), got " + deadweightDeduction);
        }
    }
}
