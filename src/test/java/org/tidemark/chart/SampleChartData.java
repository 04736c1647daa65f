package org.tidemark.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.tidemark.domain.VoyageStatus;

/** Made-up chart inputs shaped like the Vostochny 2024 case; none of these figures are real. */
final class SampleChartData {

    static final double CAP = 500_000;
    static final String CLAIM_HREF = "/api/claims/c-1?view=full&lang=en";
    static final String VOYAGE_HREF = "/api/voyages/v-1";

    private SampleChartData() {
    }

    /** Daily cumulative band from 1 Jan 2024 to 31 Mar 2025, resetting each calendar year. */
    static CumulativeVolumeData cumulative() {
        return cumulative(null);
    }

    /** As {@link #cumulative()}, with one voyage on each day the total steps up, each step linking to stepLinks. */
    static CumulativeVolumeData cumulative(String stepLinks) {
        List<VolumePoint> points = new ArrayList<>();
        LocalDate crossing2024 = null;
        double central = 0;
        int year = 2024;
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2025, 3, 31)); d = d.plusDays(1)) {
            if (d.getYear() != year) {
                year = d.getYear();
                central = 0;
            }
            boolean loaded = d.getDayOfYear() % 9 == 4;
            if (loaded) {
                central += 95_000;
            }
            if (crossing2024 == null && d.getYear() == 2024 && central >= CAP) {
                crossing2024 = d;
            }
            points.add(stepLinks == null ? new VolumePoint(d, central * 0.7, central, central * 1.35)
                    : new VolumePoint(d, central * 0.7, central, central * 1.35, loaded ? 1 : 0));
        }
        return new CumulativeVolumeData("Refined oil loaded at Vostochny for the DPRK, 2024", points,
                List.of(new CapLine(2024, CAP, "UN cap 2024: 500,000 bbl", crossing2024),
                        new CapLine(2025, CAP, "UN cap 2025: 500,000 bbl")),
                List.of(new ClaimMarker("c-1", "Example Monitor", LocalDate.of(2024, 6, 30), 1_600_000,
                                "Half-year estimate", CLAIM_HREF),
                        new ClaimMarker("c-2", "Sample Institute", LocalDate.of(2024, 11, 30), 2_900_000,
                                "Eleven-month estimate", "https://example.org/report#p4")),
                true, "Source: Tidemark sample data (illustrative); tanker capacities from public registers.", stepLinks);
    }

    static VoyageTimelineData timeline() {
        return new VoyageTimelineData("Tanker voyages from Vostochny, 2024",
                List.of(new VoyageBar("v-1", "Tanker One", at("2024-03-07T06:00:00Z"), at("2024-03-19T12:00:00Z"),
                                VoyageStatus.COMPLETE, VOYAGE_HREF),
                        // no discharge evidenced: drawn to its last evidence, 20 May, not to the as-of 15 August
                        new VoyageBar("v-2", "Tanker One", at("2024-05-02T00:00:00Z"), null,
                                VoyageStatus.INFERRED, "/api/voyages/v-2", at("2024-05-20T00:00:00Z"), false),
                        new VoyageBar("v-3", "Tanker Two", at("2024-04-10T00:00:00Z"), at("2024-04-25T00:00:00Z"),
                                VoyageStatus.COMPLETE, "/api/voyages/v-3", at("2024-04-25T00:00:00Z"), true),
                        new VoyageBar("v-6", "Tanker Four", at("2024-06-05T00:00:00Z"), at("2024-06-28T00:00:00Z"),
                                VoyageStatus.ORIGIN_UNKNOWN, "/api/voyages/v-6"),
                        new VoyageBar("v-4", "Tanker Two", at("2024-07-01T00:00:00Z"), null,
                                VoyageStatus.IN_PROGRESS, "/api/voyages/v-4"),
                        new VoyageBar("v-5", "Tanker Three", at("2024-02-01T00:00:00Z"), at("2024-02-15T00:00:00Z"),
                                VoyageStatus.COMPLETE, "/api/voyages/v-5")),
                List.of(new EventMarker("Tanker One", at("2024-03-12T00:00:00Z"), "satellite image"),
                        new EventMarker("Tanker Four", at("2024-06-01T00:00:00Z"), "port photo")),
                // dark from 27 April to 25 May: on Tanker Two's row, between its two voyages
                List.of(new DarkSpan("Tanker Two", at("2024-04-27T00:00:00Z"), at("2024-05-25T00:00:00Z"), "off at sea")),
                at("2024-08-15T00:00:00Z"), true, "Source: Tidemark sample data (illustrative).");
    }

    static MonthlyTripsData monthlyTrips() {
        List<MonthlyTripCount> counts = new ArrayList<>();
        String[] ports = {"Nampo", "Chongjin", "Rajin"};
        for (int m = 1; m <= 12; m++) {
            if (m == 8) {
                continue; // a month with no trips at all
            }
            counts.add(new MonthlyTripCount(YearMonth.of(2024, m), ports[0], 2 + m % 3));
            counts.add(new MonthlyTripCount(YearMonth.of(2024, m), ports[1], 1 + m % 2));
            if (m % 4 == 0) {
                counts.add(new MonthlyTripCount(YearMonth.of(2024, m), ports[2], 1));
            }
        }
        counts.add(new MonthlyTripCount(YearMonth.of(2024, 9), null, 1));
        return new MonthlyTripsData("Trips by month of loading, 2024", counts, false,
                "Source: Tidemark sample data (illustrative).");
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
