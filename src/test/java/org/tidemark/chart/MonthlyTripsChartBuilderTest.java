package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class MonthlyTripsChartBuilderTest {

    private final MonthlyTripsChartBuilder builder = new MonthlyTripsChartBuilder();
    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void pngShowsPortsStackedInOneColumn() {
        JFreeChart chart = builder.build(SampleChartData.monthlyTrips());
        BufferedImage image = Pixels.decode(renderer.png(chart, 900, 500));
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(900, 500, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        // January is the first column: Nampo (series 0) below Chongjin (series 1) in the same bar.
        int x = (int) chart.getCategoryPlot().getDomainAxis().getCategoryMiddle(0, 12, area,
                chart.getCategoryPlot().getDomainAxisEdge());
        Color nampo = MonthlyTripsChartBuilder.portColour(0);
        Color chongjin = MonthlyTripsChartBuilder.portColour(1);

        int lowestNampo = -1;
        int highestChongjin = Integer.MAX_VALUE;
        int lowestChongjin = -1;
        for (int y = (int) area.getMinY(); y < area.getMaxY(); y++) {
            if (Pixels.near(image.getRGB(x, y), nampo, 2)) {
                lowestNampo = y;
            }
            if (Pixels.near(image.getRGB(x, y), chongjin, 2)) {
                highestChongjin = Math.min(highestChongjin, y);
                lowestChongjin = y;
            }
        }
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(lowestNampo).as("Nampo drawn in the column").isPositive();
        assertThat(lowestChongjin).as("Chongjin drawn in the column").isPositive();
        assertThat(lowestChongjin).as("Chongjin stacked on top of Nampo").isLessThan(lowestNampo);
        // Jan 2024: Nampo 3 trips, Chongjin 2 trips, so the Chongjin segment is about 2/3 of Nampo's height.
        double nampoHeight = lowestNampo - lowestChongjin;
        double chongjinHeight = lowestChongjin - highestChongjin;
        assertThat(chongjinHeight / nampoHeight).isBetween(0.55, 0.78);
    }

    @Test
    void everyMonthIsAColumnAndDuplicatesAreSummed() {
        DefaultCategoryDataset dataset = MonthlyTripsChartBuilder.dataset(List.of(
                new MonthlyTripCount(YearMonth.of(2024, 1), "Nampo", 2),
                new MonthlyTripCount(YearMonth.of(2024, 1), "Nampo", 1),
                new MonthlyTripCount(YearMonth.of(2024, 4), " ", 5)));

        assertThat(dataset.getColumnKeys()).containsExactly("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024");
        assertThat(dataset.getRowKeys()).containsExactly("unknown port", "Nampo");
        assertThat(dataset.getValue("Nampo", "Jan 2024").longValue()).isEqualTo(3);
        assertThat(dataset.getValue("Nampo", "Feb 2024").longValue()).isZero();
    }

    @Test
    void tripsAxisTicksAreWholeNumbers() {
        JFreeChart chart = builder.build(SampleChartData.monthlyTrips());
        chart.createBufferedImage(900, 500);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();

        NumberTickUnit unit = axis.getTickUnit();
        assertThat(unit.getSize() % 1).isZero();
        assertThat(unit.getSize()).isGreaterThanOrEqualTo(1);
        assertThat(axis.getStandardTickUnits().getCeilingTickUnit(0.3).getSize()).isEqualTo(1);
    }
}
