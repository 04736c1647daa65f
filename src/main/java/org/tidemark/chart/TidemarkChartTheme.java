package org.tidemark.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The report look (white background, light grid, DejaVu-backed sans fonts, a colour-blind-safe palette),
 * applied to one chart at a time; the global {@code ChartFactory} theme is never touched.
 */
public final class TidemarkChartTheme {

    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000),
    };

    static final String FONT_FAMILY = Font.SANS_SERIF;

    private TidemarkChartTheme() {
    }

    /** A new theme object; callers may adjust it without affecting other charts. */
    public static StandardChartTheme create() {
        StandardChartTheme theme = new StandardChartTheme("Tidemark", false);
        theme.setExtraLargeFont(new Font(FONT_FAMILY, Font.BOLD, 17));
        theme.setLargeFont(new Font(FONT_FAMILY, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT_FAMILY, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT_FAMILY, Font.PLAIN, 11));
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(MUTED_TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(TEXT);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(new Color(0xBBBBBB));
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBaselinePaint(new Color(0x999999));
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(MUTED_TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setGridBandPaint(new Color(0xF4F6F9));
        theme.setGridBandAlternatePaint(Color.WHITE);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, new Paint[] {new Color(0x666666)},
                new Stroke[] {new BasicStroke(2f)}, new Stroke[] {new BasicStroke(0.5f)},
                new Shape[] {new Rectangle2D.Double(-3, -3, 6, 6), new Ellipse2D.Double(-3.5, -3.5, 7, 7)}));
        return theme;
    }

    /**
     * Stops the renderer taking series paints, strokes and shapes from the theme's drawing supplier: a theme
     * clears every auto-populated series style when applied, which would undo the chart's own colours.
     */
    static <R extends AbstractRenderer> R withOwnSeriesStyles(R renderer) {
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesFillPaint(false);
        renderer.setAutoPopulateSeriesOutlinePaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesOutlineStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        return renderer;
    }

    /**
     * Applies a fresh theme to {@code chart}, then adds the notes every Tidemark chart carries: the
     * "includes illustrative data" subtitle and the source line at the bottom. Call it before adding
     * annotations, since the theme resets annotation fonts.
     */
    static void applyTo(JFreeChart chart, boolean includesIllustrative, String sourceLine) {
        create().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        if (includesIllustrative) {
            TextTitle illustrative = new TextTitle("includes illustrative data",
                    new Font(FONT_FAMILY, Font.ITALIC, 12), new Color(0xB35806), RectangleEdge.TOP,
                    HorizontalAlignment.CENTER, VerticalAlignment.CENTER,
                    new RectangleInsets(2, 0, 4, 0));
            chart.addSubtitle(illustrative);
        }
        String source = LabelSanitizer.clean(sourceLine).strip();
        if (!source.isEmpty()) {
            TextTitle sourceTitle = new TextTitle(source, new Font(FONT_FAMILY, Font.PLAIN, 10), MUTED_TEXT,
                    RectangleEdge.BOTTOM, HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM,
                    new RectangleInsets(6, 0, 0, 0));
            // Index 0: drawn before the legend, so it takes the bottom edge and the legend sits above it.
            chart.addSubtitle(0, sourceTitle);
        }
    }
}
