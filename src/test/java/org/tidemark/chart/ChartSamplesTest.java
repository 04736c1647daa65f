package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Writes one PNG and SVG of each chart to target/chart-samples so a person can look at them. */
class ChartSamplesTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void writesSampleOfEachChart() throws IOException {
        Path dir = Path.of("target", "chart-samples");
        Files.createDirectories(dir);
        CumulativeVolumeChartBuilder volume = new CumulativeVolumeChartBuilder();
        VoyageTimelineChartBuilder timeline = new VoyageTimelineChartBuilder();
        MonthlyTripsChartBuilder trips = new MonthlyTripsChartBuilder();
        write(dir, "cumulative", renderer.png(volume.build(SampleChartData.cumulative(), 1000), 1000, 600),
                renderer.svg(volume.build(SampleChartData.cumulative(), 1000), 1000, 600));
        write(dir, "timeline", renderer.png(timeline.build(SampleChartData.timeline()), 1000, 450),
                renderer.svg(timeline.build(SampleChartData.timeline()), 1000, 450));
        write(dir, "monthly", renderer.png(trips.build(SampleChartData.monthlyTrips()), 900, 500),
                renderer.svg(trips.build(SampleChartData.monthlyTrips()), 900, 500));
        assertThat(dir.resolve("chart-cumulative.png")).isNotEmptyFile();
    }

    private static void write(Path dir, String name, byte[] png, String svg) throws IOException {
        Files.write(dir.resolve("chart-" + name + ".png"), png);
        Files.writeString(dir.resolve("chart-" + name + ".svg"), svg);
    }
}
