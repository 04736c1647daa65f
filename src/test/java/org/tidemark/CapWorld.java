package org.tidemark;

import java.util.Map;
import java.util.Set;

import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimelineFilter;

/**
 * Nine voyages, all loading at one fresh port, whose series and cap figures are worked out by
 * hand below. Built once per JVM over the API (so derivation makes the estimates) and isolated
 * from other tests by filtering on its loading port.
 *
 * <pre>
 * Per-voyage bands (barrels), default factors:
 *   A, cargo capacity 10,000 t: low 10,000 × 0.33 × 6.35 = 20,955;   central 10,000 × 0.90 × 7.46 = 67,140;
 *                               high 10,000 × 1.00 × 8.50 = 85,000
 *   B, 3,003 dwt (capacity = dwt): low 3,003 × 0.33 × 6.35 = 6,292.7865 → 6,293; central 3,003 × 0.90 × 7.46
 *                               = 20,162.142 → 20,162; high 3,003 × 8.50 = 25,525.5 → 25,526
 *                               (an estimate is rounded to whole barrels when it is made)
 *   C, reported 300,000 bbl:    300,000 in every band
 *   N, no particulars:          method NONE, no band
 *
 * Voyages (loading day, discharge):
 *   V0 A 2021-12-20 → D        V4 B 2022-04-15 → D
 *   V1 C 2022-02-01 → D        V5 B 2022-05-01 → D
 *   V2 A 2022-03-01 → D        V6 A 2022-06-01 → none (in progress: discharge unknown)
 *   V3 A 2022-04-01 → D2       V7 N 2022-06-15 → D
 *                              V8 B 2023-01-10 → D   (its loading is illustrative)
 *
 * 2022 running totals (low / central / high), in loading order:
 *   V1 300,000    / 300,000     / 300,000
 *   V2 320,955    / 367,140     / 385,000
 *   V3 341,910    / 434,280     / 470,000
 *   V4 348,203    / 454,442     / 495,526
 *   V5 354,496    / 474,604     / 521,052      ← high reaches 500,000 on 2022-05-01
 *   V6 375,451    / 541,744     / 606,052      ← central reaches 500,000 on 2022-06-01; low never
 *   V7 (NONE)     unchanged
 *
 * Load factor to reach 500,000 in 2022: fixed (reported) = 300,000 per band; capacity-based voyages
 * V2, V3, V6 (A) and V4, V5 (B): Σ capacity = 3 × 10,000 + 2 × 3,003 = 36,006 t.
 *   low     (500,000 − 300,000) ÷ (36,006 × 6.35) = 200,000 ÷ 228,638.1 = 0.874745…
 *   central 200,000 ÷ (36,006 × 7.46) = 200,000 ÷ 268,604.76 = 0.744588…
 *   high    200,000 ÷ (36,006 × 8.50) = 200,000 ÷ 306,051   = 0.653485…
 *   (check: at the central band's own 0.90, 300,000 + 0.90 × 268,604.76 = 541,744.284, the total above before
 *   rounding; the API states the volume at full load to a barrel (268,605) and the factors to 0.001)
 * </pre>
 */
public final class CapWorld {

    public static final double A_LOW = 20_955;
    public static final double A_CENTRAL = 67_140;
    public static final double A_HIGH = 85_000;
    public static final double B_LOW = 6_293;
    public static final double B_CENTRAL = 20_162;
    public static final double B_HIGH = 25_526;
    public static final double C = 300_000;

    private static CapWorld built;

    public final Fixtures f;
    public final String secondDischargePort;
    public final String a;
    public final String b;
    public final String c;
    public final String n;

    private CapWorld(Fixtures f, String secondDischargePort, String a, String b, String c, String n) {
        this.f = f;
        this.secondDischargePort = secondDischargePort;
        this.a = a;
        this.b = b;
        this.c = c;
        this.n = n;
    }

    /** Every voyage loaded at this world's loading port, which only its trips use. */
    public TimelineFilter atLoadingPort(FilterResolver arguments) {
        return new TimelineFilter(null, null, null, arguments.portId(f.loadingPort), null, Set.of(), Set.of(),
                null, null, null);
    }

    public static synchronized CapWorld get() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static CapWorld build() {
        Fixtures f = Fixtures.create();
        // "Second…" sorts after "Discharge port…", so the split's group order is known
        String d2 = Trips.port(f, "Second discharge port", "DISCHARGE");
        String a = Trips.tanker(f, "Capacity ten thousand", Map.of("cargoCapacityT", 10_000));
        String b = f.tanker;
        String c = Trips.tanker(f, "Reported", Map.of("deadweightT", 5_000));
        String n = Trips.tanker(f, "Unknown particulars", Map.of());
        Trips.trip(f, a, "2021-12-20", f.dischargePort, Map.of());
        Trips.trip(f, c, "2022-02-01", f.dischargePort, Map.of("reportedVolume", 300_000, "reportedVolumeUnit", "BARREL"));
        Trips.trip(f, a, "2022-03-01", f.dischargePort, Map.of());
        Trips.trip(f, a, "2022-04-01", d2, Map.of());
        Trips.trip(f, b, "2022-04-15", f.dischargePort, Map.of());
        Trips.trip(f, b, "2022-05-01", f.dischargePort, Map.of());
        Trips.trip(f, a, "2022-06-01", null, Map.of());
        Trips.trip(f, n, "2022-06-15", f.dischargePort, Map.of());
        Trips.trip(f, b, "2023-01-10", f.dischargePort, Map.of("illustrative", true));
        return new CapWorld(f, d2, a, b, c, n);
    }
}
