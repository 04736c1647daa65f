package org.tidemark.brief;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Element;

import org.tidemark.domain.DomainException;

/**
 * A brief as HTML (a Qute template) and as PDF (that HTML through openhtmltopdf): DejaVu Sans
 * embedded, the charts drawn from their SVG as vectors, A4 or US Letter, page numbers and a footer
 * with the data version and the generation time.
 */
@ApplicationScoped
public class BriefRenderer {

    /** Paper sizes a PDF can be laid out on. */
    public enum Paper {
        A4("A4"),
        LETTER("letter");

        private final String css;

        Paper(String css) {
            this.css = css;
        }

        /** "a4" or "letter", any case; 400 naming {@code paper} otherwise. */
        public static Paper of(String name) {
            if (name == null || name.isBlank()) {
                return A4;
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "a4" -> A4;
                case "letter" -> LETTER;
                default -> throw DomainException.invalid("paper", "paper is a4 or letter, not '" + name + "'");
            };
        }
    }

    private static final List<String> FONT_DIRS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF");

    private final Template brief;

    BriefRenderer(@Location("brief/brief.html") Template brief) {
        this.brief = brief;
    }

    public String html(Brief b, Paper paper) {
        return html(b, paper, false);
    }

    private String html(Brief b, Paper paper, boolean pdf) {
        return brief.data("b", b).data("paper", paper.css).data("pdf", pdf).render();
    }

    public byte[] pdf(Brief b, Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxGraphics2DFontTextDrawer chartText = new PdfBoxGraphics2DFontTextDrawer()) {
            chartText.registerFont(font("DejaVuSans.ttf"));
            chartText.registerFont(font("DejaVuSans-Bold.ttf"));
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(b, paper, true), null);
            DefaultObjectDrawerFactory charts = new DefaultObjectDrawerFactory();
            charts.registerDrawer("tidemark/chart", new ChartDrawer(b.charts(), chartText));
            builder.useObjectDrawerFactory(charts);
            builder.useFont(font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.useFont(font("DejaVuSans-Oblique.ttf"), "DejaVu Sans", 400, FontStyle.ITALIC, true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering a brief as PDF failed", e);
        }
        return out.toByteArray();
    }

    private static File font(String name) {
        return FONT_DIRS.stream().map(dir -> new File(dir, name)).filter(File::isFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("the DejaVu font " + name + " is not installed; install "
                        + "Debian's fonts-dejavu-core (or your system's DejaVu fonts)"));
    }

    /**
     * Draws a brief's chart into the PDF with JFreeChart itself, so it is vector paths and text, never
     * an image. (Drawing the charts' SVG through Batik instead fails: Batik paints on its graphics while a
     * copy of it is open, which PDFBox's Graphics2D refuses.)
     */
    private record ChartDrawer(List<Brief.Chart> charts, PdfBoxGraphics2DFontTextDrawer text) implements FSObjectDrawer {
        @Override
        public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                             OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
            JFreeChart chart = charts.get(Integer.parseInt(e.getAttribute("data-chart"))).figure();
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h, g -> {
                if (g instanceof PdfBoxGraphics2D pdf) {
                    pdf.setFontTextDrawer(text); // the chart's labels as text in embedded DejaVu, not outlines
                }
                chart.draw(g, new Rectangle2D.Float(0, 0, w, h));
            });
            return null;
        }
    }
}
