package org.tidemark.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Samples of one quantity (per-run rates or per-request times) and the statistics the report shows.
 *
 * @param unit           e.g. "events/s" or "ms"
 * @param higherIsBetter true for rates, false for times
 * @param samples        the raw values, any order
 */
public record Measurement(String unit, boolean higherIsBetter, double[] samples) {

    public Measurement {
        samples = samples.clone();
        Arrays.sort(samples);
    }

    public static Measurement of(String unit, boolean higherIsBetter, List<Double> samples) {
        return new Measurement(unit, higherIsBetter, samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Measurement rate(String unit, List<Double> samples) {
        return of(unit, true, samples);
    }

    public static Measurement time(String unit, List<Double> samples) {
        return of(unit, false, samples);
    }

    public int count() {
        return samples.length;
    }

    public double median() {
        return percentile(50);
    }

    /** Nearest-rank percentile, 0 &lt; p &lt;= 100. */
    public double percentile(double p) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * samples.length);
        return samples[Math.max(0, Math.min(samples.length - 1, rank - 1))];
    }

    public double min() {
        return samples.length == 0 ? Double.NaN : samples[0];
    }

    public double max() {
        return samples.length == 0 ? Double.NaN : samples[samples.length - 1];
    }

    /** The value under the given statistic: "median", "p50", "p99", "min", "max". */
    public double stat(String statistic) {
        return switch (statistic) {
            case "median", "p50" -> median();
            case "p99" -> percentile(99);
            case "p90" -> percentile(90);
            case "min" -> min();
            case "max" -> max();
            default -> throw new IllegalArgumentException("unknown statistic " + statistic);
        };
    }

    /** min–max over a few runs; p5–p95 over many samples. */
    public String spread() {
        if (samples.length == 0) {
            return "";
        }
        if (samples.length >= 20) {
            return "p5–p95 " + format(percentile(5)) + "–" + format(percentile(95)) + " (n=" + samples.length + ")";
        }
        double relative = median() == 0 ? 0 : (max() - min()) / median() * 100;
        return format(min()) + "–" + format(max()) + " (n=" + samples.length + ", ±"
                + String.format(Locale.ROOT, "%.0f", relative / 2) + " %)";
    }

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
