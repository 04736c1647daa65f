package org.tidemark.derive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tidemark.domain.CargoBand;
import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.ProductFactor;
import org.tidemark.domain.Volume;
import org.tidemark.domain.VolumeUnit;

/**
 * Estimates one laden voyage's cargo. Methods in order of preference: a reported volume; the
 * change of draft (when the tanker's TPC and both drafts are known); cargo capacity times a load
 * factor. Each band multiplies by its own product factor, so the band spans both how full the
 * tanker was and what it carried.
 */
public final class CargoEstimator {

    private final EstimationSettings settings;

    public CargoEstimator(EstimationSettings settings) {
        this.settings = settings;
    }

    /** @param events the voyage's supporting events, in {@link EventOrder} */
    public CargoEstimate estimate(TankerParticulars tanker, List<DerivationEvent> events) {
        for (DerivationEvent e : events) {
            if (e.reportedVolume() != null) {
                return fromReportedVolume(e);
            }
        }
        CargoEstimate byDraft = fromDraftChange(tanker, events);
        return byDraft != null ? byDraft : fromCapacity(tanker);
    }

    private CargoEstimate fromReportedVolume(DerivationEvent e) {
        Volume reported = e.reportedVolume();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("reportedVolume", reported.amount());
        inputs.put("reportedUnit", reported.unit().name());
        inputs.put("reportedByEvent", e.id());
        if (reported.unit() == VolumeUnit.TONNE) {
            if (e.product() != null) {
                ProductFactor factor = new ProductFactor(settings.central().factor().table(), e.product());
                putFactor(inputs, "product", factor);
                return exactTonnes(EstimateMethod.REPORTED_VOLUME, reported.amount(), factor, inputs);
            }
            return tonnesBand(EstimateMethod.REPORTED_VOLUME, reported.amount(), inputs);
        }
        double barrels = reported.to(VolumeUnit.BARREL, null).amount();
        putBandFactors(inputs);
        return new CargoEstimate(EstimateMethod.REPORTED_VOLUME,
                CargoBand.exactly(barrels, VolumeUnit.BARREL),
                new CargoBand(
                        barrels / settings.high().factor().barrelsPerTonne(),
                        barrels / settings.central().factor().barrelsPerTonne(),
                        barrels / settings.low().factor().barrelsPerTonne(),
                        VolumeUnit.TONNE),
                inputs);
    }

    private CargoEstimate fromDraftChange(TankerParticulars tanker, List<DerivationEvent> events) {
        if (tanker.tpcTonnesPerCm() == null) {
            return null;
        }
        Double laden = null;
        Double ballast = tanker.ballastDraftM();
        for (DerivationEvent e : events) {
            if (e.observedDraftM() == null) {
                continue;
            }
            if (e.ladenState() == LadenState.LADEN && (laden == null || e.observedDraftM() > laden)) {
                laden = e.observedDraftM();
            } else if (e.ladenState() == LadenState.BALLAST && (ballast == null || e.observedDraftM() < ballast)) {
                ballast = e.observedDraftM();
            }
        }
        if (laden == null || ballast == null || laden <= ballast) {
            return null;
        }
        double tonnes = tanker.tpcTonnesPerCm() * (laden - ballast) * 100.0;
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("tpcTonnesPerCm", tanker.tpcTonnesPerCm());
        inputs.put("ladenDraftM", laden);
        inputs.put("ballastDraftM", ballast);
        inputs.put("cargoTonnes", tonnes);
        return tonnesBand(EstimateMethod.DRAFT_CHANGE, tonnes, inputs);
    }

    private CargoEstimate fromCapacity(TankerParticulars tanker) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        double capacity;
        if (tanker.cargoCapacityT() != null) {
            capacity = tanker.cargoCapacityT();
            inputs.put("cargoCapacityT", capacity);
            inputs.put("capacityBasis", "cargo capacity as recorded");
        } else if (tanker.deadweightT() != null) {
            capacity = tanker.deadweightT() * (1 - settings.deadweightDeduction());
            inputs.put("deadweightT", tanker.deadweightT());
            inputs.put("deadweightDeduction", settings.deadweightDeduction());
            inputs.put("cargoCapacityT", capacity);
            inputs.put("capacityBasis", "deadweight less the deadweight deduction");
        } else {
            return CargoEstimate.none("the tanker has neither a cargo capacity nor a deadweight on record");
        }
        inputs.put("loadFactorLow", settings.low().loadFactor());
        inputs.put("loadFactorCentral", settings.central().loadFactor());
        inputs.put("loadFactorHigh", settings.high().loadFactor());
        putBandFactors(inputs);
        CargoBand tonnes = new CargoBand(
                capacity * settings.low().loadFactor(),
                capacity * settings.central().loadFactor(),
                capacity * settings.high().loadFactor(),
                VolumeUnit.TONNE);
        CargoBand barrels = new CargoBand(
                capacity * settings.low().barrelsPerCapacityTonne(),
                capacity * settings.central().barrelsPerCapacityTonne(),
                capacity * settings.high().barrelsPerCapacityTonne(),
                VolumeUnit.BARREL);
        return new CargoEstimate(EstimateMethod.CAPACITY_LOAD_FACTOR, barrels, tonnes, inputs);
    }

    /** A known tonnage of unknown product: the band comes from the product factors alone. */
    private CargoEstimate tonnesBand(EstimateMethod method, double tonnes, Map<String, Object> inputs) {
        putBandFactors(inputs);
        return new CargoEstimate(method,
                new CargoBand(
                        tonnes * settings.low().factor().barrelsPerTonne(),
                        tonnes * settings.central().factor().barrelsPerTonne(),
                        tonnes * settings.high().factor().barrelsPerTonne(),
                        VolumeUnit.BARREL),
                CargoBand.exactly(tonnes, VolumeUnit.TONNE),
                inputs);
    }

    private static CargoEstimate exactTonnes(EstimateMethod method, double tonnes, ProductFactor factor,
                                             Map<String, Object> inputs) {
        return new CargoEstimate(method,
                CargoBand.exactly(tonnes * factor.barrelsPerTonne(), VolumeUnit.BARREL),
                CargoBand.exactly(tonnes, VolumeUnit.TONNE),
                inputs);
    }

    private void putBandFactors(Map<String, Object> inputs) {
        putFactor(inputs, "productLow", settings.low().factor());
        putFactor(inputs, "productCentral", settings.central().factor());
        putFactor(inputs, "productHigh", settings.high().factor());
    }

    private static void putFactor(Map<String, Object> inputs, String prefix, ProductFactor factor) {
        inputs.put(prefix, factor.product().name());
        inputs.put(prefix + "BarrelsPerTonne", factor.barrelsPerTonne());
        inputs.put(prefix + "Table", factor.table().name());
    }
}
