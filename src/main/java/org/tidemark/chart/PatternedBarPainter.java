package org.tidemark.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.function.BiPredicate;

import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints bars flat, as {@link StandardXYBarPainter} does, and hatches the chosen ones with diagonal lines,
 * drawn as vector lines so that they survive in SVG as well as PNG.
 */
final class PatternedBarPainter implements XYBarPainter {

    /** Distance between hatch lines, in pixels. */
    static final double HATCH_SPACING = 6;
    static final Color HATCH = new Color(255, 255, 255, 200);

    private final StandardXYBarPainter plain = new StandardXYBarPainter();
    private final BiPredicate<Integer, Integer> hatched;

    /** @param hatched which (series, item) bars to hatch */
    PatternedBarPainter(BiPredicate<Integer, Integer> hatched) {
        this.hatched = hatched;
    }

    @Override
    public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
                         RectangleEdge base) {
        plain.paintBar(g2, renderer, row, column, bar, base);
        if (!hatched.test(row, column)) {
            return;
        }
        Shape clip = g2.getClip();
        Stroke stroke = g2.getStroke();
        Rectangle2D box = bar.getBounds2D();
        g2.clip(bar);
        g2.setPaint(HATCH);
        g2.setStroke(new BasicStroke(1.5f));
        double height = box.getHeight();
        for (double x = box.getMinX() - height; x < box.getMaxX(); x += HATCH_SPACING) {
            g2.draw(new Line2D.Double(x, box.getMaxY(), x + height, box.getMinY()));
        }
        g2.setClip(clip);
        // the outline again, over the hatching's ends
        if (renderer.isDrawBarOutline() && renderer.getItemOutlineStroke(row, column) != null
                && renderer.getItemOutlinePaint(row, column) != null) {
            g2.setStroke(renderer.getItemOutlineStroke(row, column));
            g2.setPaint(renderer.getItemOutlinePaint(row, column));
            g2.draw(bar);
        }
        g2.setStroke(stroke);
    }

    @Override
    public void paintBarShadow(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
                               RectangleEdge base, boolean pegShadow) {
        plain.paintBarShadow(g2, renderer, row, column, bar, base, pegShadow);
    }
}
