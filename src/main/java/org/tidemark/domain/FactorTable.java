package org.tidemark.domain;

import java.util.EnumMap;
import java.util.Map;

/** Published tonnes-to-barrels tables (reference/FACTS.md); every estimate names the table it used. */
public enum FactorTable {
    UNSD("UN Statistics Division", Map.of(
            Product.CRUDE_OIL, 7.32,
            Product.GAS_DIESEL_OIL, 7.23,
            Product.MOTOR_GASOLINE, 8.50,
            Product.KEROSENE_JET, 7.77,
            Product.RESIDUAL_FUEL_OIL, 6.62)),
    BP("BP Statistical Review of World Energy 2021", Map.of(
            Product.CRUDE_OIL, 7.33,
            Product.GAS_DIESEL_OIL, 7.46,
            Product.MOTOR_GASOLINE, 8.35,
            Product.KEROSENE_JET, 7.88,
            Product.RESIDUAL_FUEL_OIL, 6.35));

    private final String title;
    private final Map<Product, Double> barrelsPerTonne;

    FactorTable(String title, Map<Product, Double> barrelsPerTonne) {
        this.title = title;
        this.barrelsPerTonne = new EnumMap<>(barrelsPerTonne);
    }

    public String title() {
        return title;
    }

    public double barrelsPerTonne(Product product) {
        return barrelsPerTonne.get(product);
    }
}
