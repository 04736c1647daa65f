package org.tidemark.ais;

import java.util.List;

/**
 * The must-hold scenario of issue 18 ({@link VostochnyRunScenarioTest}) as files for tests outside this package: the
 * same simulated run in each layout, under MMSIs of the caller's choosing, moved east or west by a whole number of
 * degrees of longitude (distances unchanged) so that a test database's other ports lie nowhere near it. Positions are
 * approximate and synthetic, for tests only.
 */
public final class AisScenarioFiles {

    public static final double CHONGJIN_LAT = VostochnyRunScenarioTest.CHONGJIN_LAT;
    public static final double CHONGJIN_LON = VostochnyRunScenarioTest.CHONGJIN_LON;
    public static final double BERTH_LAT = VostochnyRunScenarioTest.BERTH_LAT;
    public static final double BERTH_LON = VostochnyRunScenarioTest.BERTH_LON;
    public static final double NAMPO_LAT = VostochnyRunScenarioTest.NAMPO_LAT;
    public static final double NAMPO_LON = VostochnyRunScenarioTest.NAMPO_LON;
    /** The generic layout's columns, as query parameters of POST /api/ais/import. */
    public static final ColumnMapping GENERIC_MAPPING = LayoutFiles.GENERIC_MAPPING;

    private AisScenarioFiles() {
    }

    /** The run's reports, tanker A as {@code mmsiA} and B as {@code mmsiB}, longitudes moved by {@code lonShift}. */
    public static List<PositionReport> reports(String mmsiA, String mmsiB, double lonShift) {
        return VostochnyRunScenarioTest.simulate(mmsiA, mmsiB).reports().stream()
                .map(r -> new PositionReport(r.mmsi(), r.imo(), r.name(), r.time(), r.lat(), r.lon() + lonShift,
                        r.sogKn(), r.draughtM(), r.row()))
                .toList();
    }

    /** The reports as a file in {@code layout}: dma, noaa or generic. */
    public static String file(String layout, List<PositionReport> reports) {
        return VostochnyRunScenarioTest.render(layout, reports);
    }
}
