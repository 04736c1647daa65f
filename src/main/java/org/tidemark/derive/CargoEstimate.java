package org.tidemark.derive;

import java.util.Map;
import java.util.Objects;

import org.tidemark.domain.CargoBand;
import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.VolumeUnit;

/**
 * The cargo of one laden voyage: a band in barrels and in tonnes (rounded to whole barrels and tenths of a
 * tonne), the method, and every input and factor it used, so the number can be traced. A {@link EstimateMethod#NONE} estimate has no bands.
 *
 * @param inputs named inputs (capacity, drafts, load factors, product factors and their tables), in a stable order
 */
public record CargoEstimate(EstimateMethod method, CargoBand barrels, CargoBand tonnes, Map<String, Object> inputs) {

    public CargoEstimate {
        Objects.requireNonNull(method, "method");
        inputs = Map.copyOf(inputs);
        if ((method == EstimateMethod.NONE) != (barrels == null)) {
            throw new IllegalArgumentException("an estimate has bands unless its method is NONE");
        }
        if (barrels != null && (barrels.unit() != VolumeUnit.BARREL || tonnes.unit() != VolumeUnit.TONNE)) {
            throw new IllegalArgumentException("bands must be in barrels and tonnes");
        }
        // Rounded once, here, to what the figures mean (barrels to 1, tonnes to 0.1): what is stored and
        // served is what every total adds up, with no float noise and no false precision.
        if (barrels != null) {
            barrels = barrels.rounded();
            tonnes = tonnes.rounded();
        }
    }

    static CargoEstimate none(String reason) {
        return new CargoEstimate(EstimateMethod.NONE, null, null, Map.of("reason", reason));
    }
}
