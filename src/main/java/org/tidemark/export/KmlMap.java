package org.tidemark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tidemark.chart.LabelSanitizer;
import org.tidemark.domain.VoyageStatus;
import org.tidemark.query.SourceRef;

/**
 * KML 2.2 for Google Earth, written with StAX: one Folder per tanker holding its
 * voyages (LineString, TimeSpan from loading to discharge, a style per status) and its events (Point,
 * TimeStamp or TimeSpan), then a Folder of the ports they named. Descriptions are HTML with the sources as links; every text has XML-illegal
 * characters dropped, and the writer escapes the rest.
 */
final class KmlMap implements AutoCloseable {

    static final String NS = "http://www.opengis.net/kml/2.2";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final XMLStreamWriter out;
    private long tankerInFolder = -1;

    KmlMap(OutputStream stream, String title) throws IOException {
        try {
            out = XML.createXMLStreamWriter(stream, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.setDefaultNamespace(NS);
            out.writeStartElement(NS, "kml");
            out.writeDefaultNamespace(NS);
            out.writeStartElement(NS, "Document");
            element("name", title);
            for (VoyageStatus status : VoyageStatus.values()) {
                style("voyage-" + status.name().toLowerCase(Locale.ROOT), colour(status), 3);
            }
            style("event", "ff00a5ff", 1);
            style("event-retracted", "80808080", 1);
            style("port", "ffffffff", 1);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** KML colours are aabbggrr: solid, and one hue per voyage status. */
    private static String colour(VoyageStatus status) {
        return switch (status) {
            case COMPLETE -> "ff327d2e";
            case INFERRED -> "ff0080ff";
            case IN_PROGRESS -> "ffd28719";
            case ORIGIN_UNKNOWN -> "ffb0279c";
        };
    }

    void ports(List<ExportedPort> ports) throws IOException {
        try {
            out.writeStartElement(NS, "Folder");
            element("name", "Ports");
            for (ExportedPort p : ports) {
                out.writeStartElement(NS, "Placemark");
                element("name", p.name());
                element("description", Html.escape(p.name() + " (" + p.country()
                        + (p.locode() == null ? "" : ", " + p.locode()) + "), " + p.role()));
                element("styleUrl", "#port");
                point(p.longitude(), p.latitude());
                out.writeEndElement();
            }
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens the tanker's folder unless it is open already (rows arrive grouped by tanker). */
    void tanker(long tankerId, String name) throws IOException {
        if (tankerId == tankerInFolder) {
            return;
        }
        try {
            closeFolder();
            out.writeStartElement(NS, "Folder");
            element("name", name);
            tankerInFolder = tankerId;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    void voyage(ExportedVoyage v) throws IOException {
        try {
            tanker(v.tankerId(), v.tanker());
            out.writeStartElement(NS, "Placemark");
            out.writeAttribute("id", "voyage-" + v.id());
            element("name", v.tanker() + ": " + (v.loadPort() != null ? v.loadPort()
                    : v.loadedFrom() != null ? "from " + v.loadedFrom() : "origin unknown")
                    + " \u2192 " + (v.dischargePort() == null ? "discharge unknown" : v.dischargePort()));
            element("description", TimelineText.voyage(v));
            span(v.loadingFrom(), v.end());
            element("styleUrl", "#voyage-" + v.status().name().toLowerCase(Locale.ROOT));
            if (v.path().size() == 1) {
                point(v.path().get(0)[0], v.path().get(0)[1]);
            } else if (v.path().size() > 1) {
                out.writeStartElement(NS, "LineString");
                element("tessellate", "1");
                StringBuilder coordinates = new StringBuilder();
                for (double[] lonLat : v.path()) {
                    coordinates.append(coordinates.isEmpty() ? "" : " ").append(lonLat[0]).append(',').append(lonLat[1]);
                }
                element("coordinates", coordinates.toString());
                out.writeEndElement();
            }
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** An event with somewhere to put it (its position or its port). */
    void event(ExportedEvent e) throws IOException {
        ExportedEvent.MapPoint at = e.mapPoint();
        try {
            tanker(e.tankerId(), e.tanker());
            out.writeStartElement(NS, "Placemark");
            out.writeAttribute("id", "event-" + e.id());
            element("name", e.type() + (e.port() == null ? "" : " at " + e.port()) + (e.retracted() ? " (retracted)" : ""));
            StringBuilder html = new StringBuilder();
            html.append(Html.escape(e.tanker() + ", " + e.type() + ", " + e.precision() + ", evidence "
                    + e.evidenceType() + ", confidence " + e.confidence() + "/4, position " + at.source()));
            if (e.illustrative()) {
                html.append("<br/><b>Illustrative</b>: reconstructed, not observed.");
            }
            if (e.retracted()) {
                html.append("<br/>Retracted: ").append(Html.escape(e.retractionReason()));
            }
            if (e.notes() != null) {
                html.append("<br/>").append(Html.escape(e.notes()));
            }
            html.append("<br/>Source: ").append(TimelineText.source(e.source()));
            element("description", html.toString());
            if (e.occurredFrom().equals(e.occurredTo())) {
                out.writeStartElement(NS, "TimeStamp");
                element("when", e.occurredFrom().toString());
                out.writeEndElement();
            } else {
                span(e.occurredFrom(), e.occurredTo());
            }
            element("styleUrl", e.retracted() ? "#event-retracted" : "#event");
            point(at.longitude(), at.latitude());
            out.writeEndElement();
        } catch (XMLStreamException ex) {
            throw new IOException(ex);
        }
    }

    void flush() throws IOException {
        try {
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeFolder();
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void closeFolder() throws XMLStreamException {
        if (tankerInFolder != -1) {
            out.writeEndElement();
            tankerInFolder = -1;
        }
    }

    private void span(Instant begin, Instant end) throws XMLStreamException {
        out.writeStartElement(NS, "TimeSpan");
        element("begin", begin.toString());
        if (end != null) {
            element("end", end.toString());
        }
        out.writeEndElement();
    }

    private void style(String id, String colour, int width) throws XMLStreamException {
        out.writeStartElement(NS, "Style");
        out.writeAttribute("id", id);
        out.writeStartElement(NS, "LineStyle");
        element("color", colour);
        element("width", Integer.toString(width));
        out.writeEndElement();
        out.writeStartElement(NS, "IconStyle");
        element("color", colour);
        out.writeEndElement();
        out.writeEndElement();
    }

    private void point(double longitude, double latitude) throws XMLStreamException {
        out.writeStartElement(NS, "Point");
        element("coordinates", longitude + "," + latitude);
        out.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        out.writeStartElement(NS, name);
        out.writeCharacters(LabelSanitizer.clean(text));
        out.writeEndElement();
    }
}
