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
    void eachBuildReturnsANewChartWithTheTidemarkLook() {
        CumulativeVolumeChartBuilder builder = new CumulativeVolumeChartBuilder();

        JFreeChart first = builder.build(SampleChartData.cumulative(), 800);
        JFreeChart second = builder.build(SampleChartData.cumulative(), 800);

        assertThat(first).isNotSameAs(second);
        assertThat(first.getXYPlot()).isNotSameAs(second.getXYPlot());
        assertThat(first.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(first.getXYPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(first.getXYPlot().getRangeGridlinePaint()).isEqualTo(TidemarkChartTheme.GRID);
    }
}
