package org.tidemark.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.tidemark.Wcag;

/**
 * Every text the charts draw (titles, axes, ticks, legends, the illustrative note, cap and claim labels, the crossing
 * pointer) meets WCAG AA against the chart's white background: each text's fill read from the SVG as drawn.
 */
class ChartTextContrastTest {

    private static final Pattern FILL = Pattern.compile("(?:^|;)\\s*fill:\\s*rgb\\((\\d+),(\\d+),(\\d+)\\)");
    private static final Pattern SIZE = Pattern.compile("(?:^|;)\\s*font-size:\\s*([\\d.]+)px");
    private static final Pattern BOLD = Pattern.compile("(?:^|;)\\s*font-weight:\\s*bold");

    @Test
    void everyChartTextMeetsAaOnWhite() throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> below = new ArrayList<>();
        charts().forEach(chart -> measure(new ChartRenderer().svg(chart, 1000, 560), texts, below));

        assertThat(texts).as("texts measured").hasSizeGreaterThan(50)
                .anyMatch(t -> t.contains("includes illustrative data"))
                .anyMatch(t -> t.contains("Example Monitor"))
                .anyMatch(t -> t.contains("central estimate reaches cap"));
        texts.stream().sorted(java.util.Comparator.comparingDouble(t -> Double.parseDouble(t.substring(0, t.indexOf(':')))))
                .limit(3).forEach(t -> System.out.println("[contrast] chart text " + t));
        assertThat(below).as("chart texts below WCAG AA on white").isEmpty();
    }

    private static List<JFreeChart> charts() {
        return List.of(new CumulativeVolumeChartBuilder().build(SampleChartData.cumulative("/voyages?"), 1000),
                new VoyageTimelineChartBuilder().build(SampleChartData.timeline()),
                new MonthlyTripsChartBuilder().build(SampleChartData.monthlyTrips()));
    }

    private static void measure(String svg, List<String> texts, List<String> below) {
        NodeList found;
        try {
            found = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(svg))).getElementsByTagName("text");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < found.getLength(); i++) {
            Element text = (Element) found.item(i);
            if (text.getTextContent().isBlank()) {
                continue;
            }
            int fill = rgb(inherited(text, FILL, "0,0,0"));
            double size = Double.parseDouble(inherited(text, SIZE, "12"));
            boolean bold = !inherited(text, BOLD, "").isEmpty();
            double need = size >= 24 || (bold && size >= 18.66) ? Wcag.LARGE_OR_NON_TEXT : Wcag.TEXT;
            double ratio = Wcag.ratio(fill, 0xFFFFFF);
            String line = String.format("%.2f:1 #%06x %s%spx \"%s\"", ratio, fill, bold ? "bold " : "", size,
                    text.getTextContent().strip());
            texts.add(line);
            if (ratio < need) {
                below.add(line);
            }
        }
    }

    /** A style property as SVG inherits it: from the element or its nearest ancestor that sets it. */
    private static String inherited(Element element, Pattern property, String otherwise) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            Matcher m = property.matcher(e.getAttribute("style"));
            if (m.find()) {
                return m.groupCount() == 0 ? "set" : m.groupCount() == 1 ? m.group(1)
                        : m.group(1) + "," + m.group(2) + "," + m.group(3);
            }
        }
        return otherwise;
    }

    /** "r,g,b" as 0xRRGGBB. */
    private static int rgb(String triple) {
        String[] c = triple.split(",");
        return (Integer.parseInt(c[0]) << 16) | (Integer.parseInt(c[1]) << 8) | Integer.parseInt(c[2]);
    }
}
