package org.tidemark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import org.tidemark.query.SourceRef;

/**
 * A GeoJSON FeatureCollection (RFC 7946: WGS 84, [longitude, latitude]) streamed feature by feature: events as
 * Points (their recorded position, else their port's), voyages as LineStrings from the
 * loading port through positioned transfers and sightings to the discharge port (a Point when the way has one
 * position, no geometry when it has none), then the ports those named, as Points. Every feature says what it is
 * in {@code properties.kind}.
 */
final class GeoJsonMap implements AutoCloseable {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator out;

    GeoJsonMap(OutputStream stream, String title) throws IOException {
        out = JSON.createGenerator(stream, JsonEncoding.UTF8);
        out.writeStartObject();
        out.writeStringField("type", "FeatureCollection");
        out.writeStringField("name", title);
        out.writeArrayFieldStart("features");
    }

    void port(ExportedPort p) throws IOException {
        begin("port", p.longitude(), p.latitude());
        out.writeNumberField("id", p.id());
        out.writeStringField("name", p.name());
        out.writeStringField("locode", p.locode());
        out.writeStringField("country", p.country());
        out.writeStringField("role", p.role().name());
        end();
    }

    /** An event with somewhere to put it; events without a position or port are left out by the caller. */
    void event(ExportedEvent e) throws IOException {
        ExportedEvent.MapPoint at = e.mapPoint();
        begin("event", at.longitude(), at.latitude());
        out.writeNumberField("id", e.id());
        out.writeStringField("tanker", e.tanker());
        out.writeStringField("type", e.type().name());
        time("occurredFrom", e.occurredFrom());
        time("occurredTo", e.occurredTo());
        out.writeStringField("precision", e.precision().name());
        out.writeStringField("port", e.port());
        out.writeStringField("positionSource", at.source().name());
        out.writeStringField("evidenceType", e.evidenceType().name());
        out.writeNumberField("confidence", e.confidence());
        out.writeBooleanField("illustrative", e.illustrative());
        out.writeBooleanField("retracted", e.retracted());
        if (e.retracted()) {
            out.writeStringField("retractionReason", e.retractionReason());
        }
        out.writeStringField("notes", e.notes());
        out.writeArrayFieldStart("sources");
        source(e.source());
        out.writeEndArray();
        end();
    }

    void voyage(ExportedVoyage v) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeStringField("id", v.id().toString());
        out.writeFieldName("geometry");
        if (v.path().isEmpty()) {
            out.writeNull();
        } else if (v.path().size() == 1) {
            point(v.path().get(0)[0], v.path().get(0)[1]);
        } else {
            out.writeStartObject();
            out.writeStringField("type", "LineString");
            out.writeArrayFieldStart("coordinates");
            for (double[] lonLat : v.path()) {
                out.writeArray(lonLat, 0, 2);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeObjectFieldStart("properties");
        out.writeStringField("kind", "voyage");
        out.writeStringField("tanker", v.tanker());
        out.writeStringField("status", v.status().name());
        out.writeStringField("loadPort", v.loadPort());
        out.writeStringField("dischargePort", v.dischargePort());
        out.writeStringField("loadedFrom", v.loadedFrom());
        time("loadingFrom", v.loadingFrom());
        time("loadingTo", v.loadingTo());
        time("dischargeFrom", v.dischargeFrom());
        time("dischargeTo", v.dischargeTo());
        if (v.centralBbl() != null) {
            out.writeObjectFieldStart("band");
            out.writeNumberField("low", v.lowBbl());
            out.writeNumberField("central", v.centralBbl());
            out.writeNumberField("high", v.highBbl());
            out.writeStringField("unit", "BARREL");
            out.writeEndObject();
        }
        out.writeStringField("estimateMethod", v.method().name());
        out.writeNumberField("confidence", v.confidence());
        out.writeStringField("designatedAtTheTime", v.designatedAtTheTime().text());
        out.writeBooleanField("illustrative", v.illustrative());
        out.writeBooleanField("includesIllustrative", v.includesIllustrative());
        out.writeArrayFieldStart("sources");
        for (SourceRef s : v.sources()) {
            source(s);
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.close();
    }

    private void begin(String kind, double longitude, double latitude) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeFieldName("geometry");
        point(longitude, latitude);
        out.writeObjectFieldStart("properties");
        out.writeStringField("kind", kind);
    }

    private void end() throws IOException {
        out.writeEndObject();
        out.writeEndObject();
    }

    private void point(double longitude, double latitude) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Point");
        out.writeArrayFieldStart("coordinates");
        out.writeNumber(longitude);
        out.writeNumber(latitude);
        out.writeEndArray();
        out.writeEndObject();
    }

    private void time(String field, Instant value) throws IOException {
        out.writeStringField(field, value == null ? null : value.toString());
    }

    private void source(SourceRef s) throws IOException {
        out.writeStartObject();
        out.writeStringField("key", s.key());
        out.writeStringField("publisher", s.publisher());
        out.writeStringField("title", s.title());
        out.writeStringField("url", s.url());
        out.writeEndObject();
    }
}
