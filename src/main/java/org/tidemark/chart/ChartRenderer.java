package org.tidemark.chart;

import java.awt.Dimension;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.StandardEntityCollection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a chart to PNG (with an HTML image map) or to SVG. Each call draws the chart once; a chart must not be
 * drawn from two threads at the same time.
 */
public final class ChartRenderer {

    public static final int MIN_SIZE = 200;
    public static final int MAX_SIZE = 4000;

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");

    /** Draws {@code chart} as PNG bytes. */
    public byte[] png(JFreeChart chart, int width, int height) {
        return pngWithImageMap(chart, width, height).png();
    }

    /**
     * Draws {@code chart} as PNG and returns it with the areas of its image map: voyage bars and claim markers
     * with their hrefs, tooltips as titles.
     */
    public RenderedPng pngWithImageMap(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height, info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedPng(out.toByteArray(), mapAreas(info.getEntityCollection()));
    }

    /** The entities with a link or a tooltip, last drawn first, as JFreeChart's own image maps list them. */
    private static List<MapArea> mapAreas(EntityCollection entities) {
        List<MapArea> areas = new ArrayList<>();
        for (int i = entities.getEntityCount() - 1; i >= 0; i--) {
            ChartEntity entity = entities.getEntity(i);
            String href = entity.getURLText() == null ? null : SafeHref.of(entity.getURLText());
            String tip = entity.getToolTipText() == null ? "" : LabelSanitizer.clean(entity.getToolTipText());
            if (href != null || !tip.isEmpty()) {
                areas.add(new MapArea(entity.getShapeType(), entity.getShapeCoords(), href, tip));
            }
        }
        return List.copyOf(areas);
    }

    /**
     * Draws {@code chart} as a standalone SVG document (no DOCTYPE). Areas with a link are covered by a
     * transparent {@code <a xlink:href>} shape; areas with a tooltip get a {@code <title>}.
     */
    public String svg(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGraphics2D g2 = new SVGGraphics2D(document);
        g2.setSVGCanvasSize(new Dimension(width, height));
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);

        Element root = g2.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        appendEntityAreas(document, root, info.getEntityCollection());

        StringWriter writer = new StringWriter();
        try {
            g2.stream(root, writer, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g2.dispose();
        }
        // Batik writes a DOCTYPE naming the W3C DTD; XML tools that try to fetch it stall when offline.
        return DOCTYPE.matcher(writer.toString()).replaceFirst("");
    }

    private static void appendEntityAreas(Document document, Element root, EntityCollection entities) {
        if (entities == null) {
            return;
        }
        Element layer = document.createElementNS(SVG_NS, "g");
        layer.setAttributeNS(null, "class", "chart-links");
        for (int i = 0; i < entities.getEntityCount(); i++) {
            ChartEntity entity = entities.getEntity(i);
            String href = entity.getURLText() == null ? null : SafeHref.of(entity.getURLText());
            String tip = entity.getToolTipText() == null ? "" : LabelSanitizer.clean(entity.getToolTipText());
            if (href == null && tip.isEmpty()) {
                continue;
            }
            Element area;
            if (href != null) {
                area = document.createElementNS(SVG_NS, "a");
                area.setAttributeNS(XLINK_NS, "xlink:href", href);
            } else {
                area = document.createElementNS(SVG_NS, "g");
            }
            if (!tip.isEmpty()) {
                Element title = document.createElementNS(SVG_NS, "title");
                title.setTextContent(tip);
                area.appendChild(title);
            }
            Element path = document.createElementNS(SVG_NS, "path");
            path.setAttributeNS(null, "d", pathData(entity.getArea()));
            // Invisible but still hit-testable: painted with zero opacity rather than fill="none".
            path.setAttributeNS(null, "fill", "#ffffff");
            path.setAttributeNS(null, "fill-opacity", "0");
            path.setAttributeNS(null, "stroke", "none");
            area.appendChild(path);
            layer.appendChild(area);
        }
        if (layer.hasChildNodes()) {
            root.appendChild(layer);
        }
    }

    static String pathData(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(',').append(num(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(',').append(num(c[1]));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("flattened path has only lines");
            }
        }
        return d.toString();
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "width and height must be between " + MIN_SIZE + " and " + MAX_SIZE + ", got " + width + "x"
                            + height);
        }
    }
}
