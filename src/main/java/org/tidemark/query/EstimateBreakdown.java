package org.tidemark.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.FactorTable;
import org.tidemark.domain.Product;
import org.tidemark.domain.VolumeUnit;

/**
 * A voyage's cargo estimate taken apart: the rule, what it started from, and per band the load
 * factor and the product factor with the table it came from. Read from the estimate's stored
 * inputs, so it shows what derivation used, not today's settings.
 *
 * @param rule      the arithmetic in words
 * @param capacity  for CAPACITY_LOAD_FACTOR: the cargo capacity and where it came from
 * @param reported  for REPORTED_VOLUME: the reported figure and the event that reported it
 * @param draft     for DRAFT_CHANGE: the tanker's TPC and the drafts
 * @param bands     low, central, high: the factors each band used and its result
 * @param reason    for NONE: why there is no estimate
 */
public record EstimateBreakdown(
        EstimateMethod method,
        String rule,
        Capacity capacity,
        Reported reported,
        Draft draft,
        List<BandBasis> bands,
        String reason) {

    /**
     * How much the tanker can carry, and the basis of that figure.
     *
     * @param cargoCapacityT     the central band's capacity: the single figure, or the midpoint of the range
     * @param cargoCapacityLowT  the low band's capacity (the range's low end; the single figure without a range)
     * @param cargoCapacityHighT the high band's capacity
     * @param assumed            the capacity is an assumption (from deadweight, or illustrative particulars), not a
     *                           recorded figure; {@code assumption} says what was assumed and why
     * @param rule               how a range becomes the three bands
     */
    public record Capacity(Double cargoCapacityT, String basis, Double deadweightT, Double deadweightDeduction,
            Double cargoCapacityLowT, Double cargoCapacityHighT, boolean assumed, String assumption, String rule) {
    }

    /**
     * A reported cargo figure.
     *
     * @param reports every volume the voyage's supporting events reported, the one used marked
     * @param rule    which report an estimate uses when there are several
     * @param choice  which one this estimate used, and why
     */
    public record Reported(Double volume, String unit, Long byEventId, List<Map<String, Object>> reports, String rule,
            String choice) {
    }

    /** Cargo from the change of draft. */
    public record Draft(Double tpcTonnesPerCm, Double ladenDraftM, Double ballastDraftM, Double cargoTonnes) {
    }

    /**
     * One band's assumptions and result.
     *
     * @param loadFactor      share of capacity laden (capacity-based estimates only)
     * @param barrelsPerTonne the product factor: barrels per tonne of {@code product} in {@code table}
     * @param tableTitle      the full title of the conversion table
     */
    public record BandBasis(String band, Double loadFactor, Product product, Double barrelsPerTonne,
            FactorTable table, String tableTitle, Double barrels, Double tonnes, String loadFactorBasis) {
    }

    public static EstimateBreakdown of(VoyageView.Estimate estimate) {
        Map<String, Object> in = estimate.inputs() == null ? Map.of() : estimate.inputs();
        return switch (estimate.method()) {
            case CAPACITY_LOAD_FACTOR -> new EstimateBreakdown(estimate.method(),
                    "barrels = cargo capacity (t) × load factor × barrels per tonne; tonnes = cargo capacity × load factor;"
                            + " each band with its own load factor and product factor",
                    new Capacity(number(in, "cargoCapacityT"), text(in, "capacityBasis"), number(in, "deadweightT"),
                            number(in, "deadweightDeduction"), number(in, "cargoCapacityLowT"),
                            number(in, "cargoCapacityHighT"), Boolean.TRUE.equals(in.get("capacityAssumed")),
                            text(in, "capacityAssumption"), text(in, "capacityRule")),
                    null, null, bands(estimate, in), null);
            case REPORTED_VOLUME -> new EstimateBreakdown(estimate.method(), reportedRule(in), null,
                    new Reported(number(in, "reportedVolume"), text(in, "reportedUnit"), integer(in, "reportedByEvent"),
                            reports(in), text(in, "reportedVolumeRule"), text(in, "reportedVolumeChoice")),
                    null, bands(estimate, in), null);
            case DRAFT_CHANGE -> new EstimateBreakdown(estimate.method(),
                    "tonnes = TPC (t/cm) × (laden draft − ballast draft) × 100; barrels = tonnes × each band's barrels per tonne",
                    null, null,
                    new Draft(number(in, "tpcTonnesPerCm"), number(in, "ladenDraftM"), number(in, "ballastDraftM"),
                            number(in, "cargoTonnes")),
                    bands(estimate, in), null);
            case NONE -> new EstimateBreakdown(estimate.method(), "no estimate", null, null, null, List.of(),
                    text(in, "reason"));
        };
    }

    private static String reportedRule(Map<String, Object> in) {
        String unit = text(in, "reportedUnit");
        if (VolumeUnit.TONNE.name().equals(unit)) {
            return in.containsKey("product")
                    ? "barrels = reported tonnes × the named product's barrels per tonne, exactly"
                    : "barrels = reported tonnes × each band's barrels per tonne";
        }
        return "the reported volume in barrels, exactly; tonnes = barrels ÷ barrels per tonne, the low tonnes with the"
                + " high band's factor and the high tonnes with the low band's, so that the tonnes band still rises";
    }

    private static List<BandBasis> bands(VoyageView.Estimate estimate, Map<String, Object> in) {
        List<BandBasis> bands = new ArrayList<>();
        for (String band : List.of("low", "central", "high")) {
            String suffix = Character.toUpperCase(band.charAt(0)) + band.substring(1);
            // a reported tonnage of a named product uses that product's factor in every band
            String prefix = in.containsKey("product" + suffix) ? "product" + suffix : "product";
            String table = text(in, prefix + "Table");
            String product = text(in, prefix);
            bands.add(new BandBasis(band,
                    number(in, "loadFactor" + suffix),
                    product == null ? null : Product.valueOf(product),
                    number(in, prefix + "BarrelsPerTonne"),
                    table == null ? null : FactorTable.valueOf(table),
                    table == null ? null : FactorTable.valueOf(table).title(),
                    pick(estimate.barrels(), band),
                    pick(estimate.tonnes(), band),
                    text(in, "loadFactor" + suffix + "Basis")));
        }
        return bands;
    }

    /** The listed reports; estimates stored before the list existed had one report, the one named. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reports(Map<String, Object> in) {
        if (in.get("reportedVolumes") instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        return List.of(Map.of("eventId", in.getOrDefault("reportedByEvent", 0), "value",
                in.getOrDefault("reportedVolume", 0), "unit", in.getOrDefault("reportedUnit", ""), "used", true));
    }

    private static Double pick(VoyageView.Band band, String which) {
        if (band == null) {
            return null;
        }
        return switch (which) {
            case "low" -> band.low();
            case "central" -> band.central();
            default -> band.high();
        };
    }

    private static Double number(Map<String, Object> in, String key) {
        return in.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    private static Long integer(Map<String, Object> in, String key) {
        return in.get(key) instanceof Number n ? n.longValue() : null;
    }

    private static String text(Map<String, Object> in, String key) {
        return in.get(key) instanceof String s ? s : null;
    }
}
