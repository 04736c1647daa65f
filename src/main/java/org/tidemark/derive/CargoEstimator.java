package org.tidemark.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tidemark.domain.CargoBand;
import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
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

    /** Which reported volume an estimate uses when several supporting events report one. */
    static final String REPORTED_VOLUME_RULE = "the latest report (in event order) made at the loading port;"
            + " if none was made there, the latest report on the voyage. A call's cargo only grows while it loads,"
            + " so a later report at the call has seen more of it; reports elsewhere (at sea, at discharge) may"
            + " count part of a cargo";

    /** How a capacity range becomes the three bands. */
    static final String CAPACITY_RANGE_RULE = "low band × the low end of the capacity range, high band × the high end,"
            + " central band × the single capacity figure or, without one, the midpoint of the range;"
            + " a single figure alone serves all three bands";

    /** @param events the voyage's supporting events, in {@link EventOrder} */
    public CargoEstimate estimate(TankerParticulars tanker, List<DerivationEvent> events) {
        List<DerivationEvent> reporting = events.stream().filter(e -> e.reportedVolume() != null).toList();
        if (!reporting.isEmpty()) {
            return fromReportedVolume(chosenReport(reporting), reporting);
        }
        CargoEstimate byDraft = fromDraftChange(tanker, events);
        return byDraft != null ? byDraft : fromCapacity(tanker);
    }

    /** {@link #REPORTED_VOLUME_RULE}: the last report at the loading port, else the last report. */
    private static DerivationEvent chosenReport(List<DerivationEvent> reporting) {
        DerivationEvent chosen = reporting.get(reporting.size() - 1);
        for (DerivationEvent e : reporting) {
            if (e.atPort(PortRole.LOADING)) {
                chosen = e;
            }
        }
        return chosen;
    }

    private CargoEstimate fromReportedVolume(DerivationEvent e, List<DerivationEvent> reporting) {
        Volume reported = e.reportedVolume();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("reportedVolume", reported.amount());
        inputs.put("reportedUnit", reported.unit().name());
        inputs.put("reportedByEvent", e.id());
        inputs.put("reportedVolumeRule", REPORTED_VOLUME_RULE);
        inputs.put("reportedVolumeChoice", "event " + e.id() + ": " + (e.atPort(PortRole.LOADING)
                ? "the latest report at the loading port"
                : "the latest report on the voyage (none was made at the loading port)")
                + (reporting.size() > 1 ? ", of " + reporting.size() + " reports" : ", the only report"));
        List<Map<String, Object>> all = new ArrayList<>();
        for (DerivationEvent r : reporting) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("eventId", r.id());
            report.put("eventType", r.type().name());
            report.put("value", r.reportedVolume().amount());
            report.put("unit", r.reportedVolume().unit().name());
            report.put("atLoadingPort", r.atPort(PortRole.LOADING));
            report.put("used", r.id() == e.id());
            all.add(report);
        }
        inputs.put("reportedVolumes", List.copyOf(all));
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
        double tonnes = VolumeUnit.TONNE.round(tanker.tpcTonnesPerCm() * (laden - ballast) * 100.0);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("tpcTonnesPerCm", tanker.tpcTonnesPerCm());
        inputs.put("ladenDraftM", laden);
        inputs.put("ballastDraftM", ballast);
        inputs.put("cargoTonnes", tonnes);
        return tonnesBand(EstimateMethod.DRAFT_CHANGE, tonnes, inputs);
    }

    private CargoEstimate fromCapacity(TankerParticulars tanker) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        TankerParticulars.Range range;
        Double single;
        String basis;
        String assumption = null;
        if (tanker.cargoCapacityT() != null || tanker.cargoCapacityRangeT() != null) {
            single = tanker.cargoCapacityT();
            range = tanker.cargoCapacityRangeT();
            basis = range == null ? "cargo capacity" : "cargo capacity range";
        } else if (tanker.deadweightT() != null || tanker.deadweightRangeT() != null) {
            double share = 1 - settings.deadweightDeduction();
            single = tanker.deadweightT() == null ? null : tanker.deadweightT() * share;
            range = tanker.deadweightRangeT() == null ? null : new TankerParticulars.Range(
                    tanker.deadweightRangeT().low() * share, tanker.deadweightRangeT().high() * share);
            putIfPresent(inputs, "deadweightT", tanker.deadweightT());
            if (tanker.deadweightRangeT() != null) {
                inputs.put("deadweightLowT", tanker.deadweightRangeT().low());
                inputs.put("deadweightHighT", tanker.deadweightRangeT().high());
            }
            inputs.put("deadweightDeduction", settings.deadweightDeduction());
            basis = (range == null ? "deadweight" : "deadweight range") + " less the deadweight deduction";
            assumption = String.format(Locale.ROOT, "cargo capacity assumed from deadweight less %.1f %%: deadweight"
                    + " includes fuel, fresh water, stores and crew, and the deduction is vessel-specific and"
                    + " unsourced (reference/FACTS.md)", settings.deadweightDeduction() * 100);
        } else {
            return CargoEstimate.none("the tanker has neither a cargo capacity nor a deadweight on record");
        }
        if (tanker.illustrative()) {
            String note = tanker.particularsNote() == null || tanker.particularsNote().isBlank()
                    ? "the tanker's particulars are flagged as illustrative" : tanker.particularsNote().strip();
            assumption = assumption == null ? note : note + "; " + assumption;
        }
        double low = range != null ? range.low() : single;
        double high = range != null ? range.high() : single;
        double central = single != null ? single : range.midpoint();
        // capacities are stated to a tenth of a tonne, so that a deduction leaves no float noise in the inputs
        low = VolumeUnit.TONNE.round(low);
        central = VolumeUnit.TONNE.round(central);
        high = VolumeUnit.TONNE.round(high);
        inputs.put("cargoCapacityT", central);
        inputs.put("cargoCapacityLowT", low);
        inputs.put("cargoCapacityHighT", high);
        inputs.put("capacityRule", CAPACITY_RANGE_RULE);
        inputs.put("capacityAssumed", assumption != null);
        inputs.put("capacityBasis", assumption != null ? "assumed: " + basis : basis + " as recorded");
        putIfPresent(inputs, "capacityAssumption", assumption);
        inputs.put("loadFactorLow", settings.low().loadFactor());
        inputs.put("loadFactorCentral", settings.central().loadFactor());
        inputs.put("loadFactorHigh", settings.high().loadFactor());
        inputs.put("loadFactorLowBasis", settings.low().loadFactorBasis());
        inputs.put("loadFactorCentralBasis", settings.central().loadFactorBasis());
        inputs.put("loadFactorHighBasis", settings.high().loadFactorBasis());
        putBandFactors(inputs);
        CargoBand tonnes = new CargoBand(
                low * settings.low().loadFactor(),
                central * settings.central().loadFactor(),
                high * settings.high().loadFactor(),
                VolumeUnit.TONNE);
        CargoBand barrels = new CargoBand(
                low * settings.low().barrelsPerCapacityTonne(),
                central * settings.central().barrelsPerCapacityTonne(),
                high * settings.high().barrelsPerCapacityTonne(),
                VolumeUnit.BARREL);
        return new CargoEstimate(EstimateMethod.CAPACITY_LOAD_FACTOR, barrels, tonnes, inputs);
    }

    private static void putIfPresent(Map<String, Object> inputs, String key, Object value) {
        if (value != null) {
            inputs.put(key, value);
        }
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
