package org.tidemark.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.tidemark.derive.EstimationSettings;
import org.tidemark.domain.FactorTable;
import org.tidemark.domain.Product;
import org.tidemark.domain.ProductFactor;

/** The estimation assumptions, bound from {@code tidemark.estimate.*}; defaults from reference/FACTS.md. */
@ConfigMapping(prefix = "tidemark.estimate")
public interface EstimateConfig {

    Band low();

    Band central();

    Band high();

    /** Share of deadweight taken as fuel, water and stores when a tanker has no cargo capacity on record. */
    @WithDefault("0.0")
    double deadweightDeduction();

    /** One band: load factor, and the table and product its barrels-per-tonne factor comes from. */
    interface Band {
        double loadFactor();

        FactorTable table();

        Product product();
    }

    default EstimationSettings settings() {
        return new EstimationSettings(band(low()), band(central()), band(high()), deadweightDeduction());
    }

    private static EstimationSettings.Band band(Band b) {
        return new EstimationSettings.Band(b.loadFactor(), new ProductFactor(b.table(), b.product()));
    }

}
