package org.tidemark.domain;

import java.util.Objects;

/** One barrels-per-tonne factor with the table and product it came from. */
public record ProductFactor(FactorTable table, Product product) {

    public ProductFactor {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(product, "product");
    }

    public double barrelsPerTonne() {
        return table.barrelsPerTonne(product);
    }

    @Override
    public String toString() {
        return product + " " + barrelsPerTonne() + " bbl/t (" + table + ")";
    }
}
