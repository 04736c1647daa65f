package org.tidemark.bench;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.tidemark.ais.AisDetector;
import org.tidemark.ais.DetectedEvent;
import org.tidemark.ais.DetectionSettings;
import org.tidemark.ais.PositionReport;
import org.tidemark.ais.ReportTally;
import org.tidemark.ais.Tracks;
import org.tidemark.domain.EventType;

/**
 * JMH: AIS detection (port calls, dark gaps, laden state, encounters) over a synthetic fleet with known truth,
 * single-threaded; on tracks already grouped, and grouping the reports (in file order) first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AisDetectionBenchmark {

    @Param("1000000")
    public int reports;
    @Param("500")
    public int vessels;

    private List<PositionReport> fileOrder;
    private Tracks tracks;
    private AisDetector detector;

    @Setup
    public void setUp() {
        AisFleet fleet = new AisFleet(reports, vessels);
        fileOrder = fleet.reports.stream().sorted(Comparator.comparing(PositionReport::time)).toList();
        tracks = Tracks.of(fileOrder, new ReportTally());
        detector = new AisDetector(DetectionSettings.DEFAULTS, fleet.ports);
        // The figure only counts if detection finds exactly the fleet's truth.
        Map<EventType, Integer> found = new EnumMap<>(EventType.class);
        for (DetectedEvent e : detector.detect(tracks, Map.of()).events()) {
            found.merge(e.type(), 1, Integer::sum);
        }
        if (!found.equals(fleet.expected)) {
            throw new IllegalStateException("detected " + found + ", expected " + fleet.expected);
        }
        System.out.println("[ais] " + tracks.reports() + " reports, " + tracks.all().size() + " vessels, "
                + fleet.ports.size() + " ports; detections as expected: " + found);
    }

    @Benchmark
    public AisDetector.Detection detect() {
        return detector.detect(tracks, Map.of());
    }

    @Benchmark
    public AisDetector.Detection groupAndDetect() {
        return detector.detect(Tracks.of(fileOrder, new ReportTally()), Map.of());
    }
}
