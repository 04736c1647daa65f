package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.junit.jupiter.api.Test;

class ChartThemeIsolationTest {

    @Test
    void buildingChartsLeavesTheGlobalThemeAlone() {
        ChartTheme before = ChartFactory.getChartTheme();
        Object beforeBackground = ((StandardChartTheme) before).getChartBackgroundPaint();

        new CumulativeVolumeChartBuilder().build(SampleChartData.cumulative(), 800);
        new VoyageTimelineChartBuilder().build(SampleChartData.timeline());
        new MonthlyTripsChartBuilder().build(SampleChartData.monthlyTrips());

        assertThat(ChartFactory.getChartTheme()).isSameAs(before);
        assertThat(((StandardChartTheme) ChartFactory.getChartTheme()).getChartBackgroundPaint())
                .isEqualTo(beforeBackground);
    }

    @Test
    void changingOneBuiltChartLeavesTheNextWithTheTidemarkLook() {
        CumulativeVolumeChartBuilder builder = new CumulativeVolumeChartBuilder();

        JFreeChart first = builder.build(SampleChartData.cumulative(), 800);
        first.setBackgroundPaint(Color.RED);
        first.getXYPlot().setBackgroundPaint(Color.RED);
        first.getXYPlot().setRangeGridlinePaint(Color.RED);
        first.getXYPlot().getRenderer().setSeriesPaint(0, Color.RED);
        JFreeChart second = builder.build(SampleChartData.cumulative(), 800);

        assertThat(second.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(second.getXYPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(second.getXYPlot().getRangeGridlinePaint()).isEqualTo(TidemarkChartTheme.GRID);
        assertThat(second.getXYPlot().getRenderer().getSeriesPaint(0)).isNotEqualTo(Color.RED);
    }
}
