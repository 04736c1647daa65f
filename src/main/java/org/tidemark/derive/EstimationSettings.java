package org.tidemark.derive;

import java.util.Map;
import java.util.Objects;

import org.tidemark.domain.FactorTable;
import org.tidemark.domain.Product;
import org.tidemark.domain.ProductFactor;

/**
 * The assumptions behind capacity-based estimates: a load factor and a product factor per band,
 * and the share of deadweight that is not cargo (fuel, water, stores) when no cargo capacity is known.
 */
public record EstimationSettings(Band low, Band central, Band high, double deadweightDeduction) {

    /**
     * One band's assumptions: how full the tanker was, and how many barrels a tonne of its cargo makes.
     *
     * @param loadFactorBasis where the load factor comes from (a citation), or that it has none
     */
    public record Band(double loadFactor, ProductFactor factor, String loadFactorBasis) {
        public Band {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(loadFactorBasis, "loadFactorBasis");
            if (!(loadFactor > 0 && loadFactor <= 1)) {
                throw new IllegalArgumentException("a load factor lies in (0, 1], got " + loadFactor);
            }
        }

        /** A band whose load factor takes its citation from {@link #citationOf(double)}. */
        public Band(double loadFactor, ProductFactor factor) {
            this(loadFactor, factor, citationOf(loadFactor));
        }

        double barrelsPerCapacityTonne() {
            return loadFactor * factor.barrelsPerTonne();
        }
    }

    /** The published load factors (reference/FACTS.md, "How volumes are estimated"), each with its citation. */
    private static final Map<Double, String> LOAD_FACTOR_CITATIONS = Map.of(
            0.33, "US submission to the UN 1718 Committee (2018): the \"one-third\" laden scenario",
            0.50, "US submission to the UN 1718 Committee (2018): the 50 % laden scenario",
            0.60, "UN member states (2022): 60 % laden",
            0.90, "US submission to the UN 1718 Committee (2018): \"around 90 per cent laden\";"
                    + " BBC (22 Nov 2024): tankers leave Vostochny \"almost full\"",
            1.00, "full: the upper bound, since a tanker carries no more than its cargo capacity");

    /**
     * The citation of a load factor: a figure published in official practice or reporting has its source;
     * any other (configured) figure says it has none, rather than borrow a citation it does not match.
     */
    public static String citationOf(double loadFactor) {
        String cited = LOAD_FACTOR_CITATIONS.get(Math.round(loadFactor * 100) / 100.0);
        return cited != null && Math.abs(loadFactor * 100 - Math.round(loadFactor * 100)) < 1e-9
                ? cited : "configured value (tidemark.estimate.*.load-factor); no published source on record";
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
