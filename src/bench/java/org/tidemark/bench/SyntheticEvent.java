package org.tidemark.bench;

import java.time.Instant;

import org.tidemark.derive.DerivationEvent;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.Product;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.Volume;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.ingest.ContentKeys;
import org.tidemark.ingest.NewVoyageEvent;

/** One synthetic event in its client form, with its JSON, CSV and COPY renderings as the product would store it. */
public record SyntheticEvent(long id, SyntheticFleet.TankerRef tanker, EventType type, String occurredAt,
        TimePrecision precision, Instant occurredFrom, Instant occurredTo, SyntheticFleet.PortRef port,
        LadenState ladenState, Double observedDraftM, Double reportedVolume, VolumeUnit reportedVolumeUnit,
        Product product, EvidenceType evidenceType, int confidence, SyntheticFleet.SourceRef source, String notes,
        boolean illustrative, String idempotencyKey) {

    /** The import and POST field names, in the order of the CSV columns. */
    public static final String CSV_HEADER = "tanker,type,occurredAt,precision,occurredFrom,occurredTo,port,ladenState,"
            + "observedDraftM,reportedVolume,reportedVolumeUnit,product,evidenceType,confidence,source,notes,"
            + "illustrative,idempotencyKey";

    /** The voyage_event columns a COPY row fills, in order. */
    public static final String COPY_COLUMNS = "id, tanker_id, port_id, type, occurred_from, occurred_to, precision, "
            + "laden_state, observed_draft_m, reported_volume, reported_volume_unit, product, evidence_type, confidence, "
            + "source_id, notes, illustrative, retracts_event_id, content_key, idempotency_key, recorded_by, recorded_at";

    SyntheticEvent withId(long newId) {
        return new SyntheticEvent(newId, tanker, type, occurredAt, precision, occurredFrom, occurredTo, port, ladenState,
                observedDraftM, reportedVolume, reportedVolumeUnit, product, evidenceType, confidence, source, notes,
                illustrative, idempotencyKey == null ? "bench-e" + newId : idempotencyKey);
    }

    SyntheticEvent withIdempotencyKey(String key) {
        return new SyntheticEvent(id, tanker, type, occurredAt, precision, occurredFrom, occurredTo, port, ladenState,
                observedDraftM, reportedVolume, reportedVolumeUnit, product, evidenceType, confidence, source, notes,
                illustrative, key);
    }

    /** The event as the API receives it. */
    public NewVoyageEvent input() {
        return new NewVoyageEvent(tanker.name(), type, occurredAt, precision, occurredFrom, occurredTo,
                port == null ? null : port.name(), ladenState, observedDraftM, reportedVolume, reportedVolumeUnit,
                product, evidenceType, confidence, source.key(), notes, illustrative, null, null);
    }

    /** The stored time window, computed by the product's own parsing. */
    public TimeWindow window() {
        return input().timeWindow();
    }

    /** The product's content key for this event. */
    public String contentKey() {
        TimeWindow w = window();
        VoyageEvent e = new VoyageEvent();
        e.tankerId = tanker.id();
        e.portId = port == null ? null : port.id();
        e.type = type;
        e.occurredFrom = w.from();
        e.occurredTo = w.to();
        e.precision = w.precision();
        e.ladenState = ladenState;
        e.observedDraftM = observedDraftM;
        e.reportedVolume = reportedVolume;
        e.reportedVolumeUnit = reportedVolumeUnit;
        e.product = product;
        e.evidenceType = evidenceType;
        e.confidence = (short) confidence;
        e.sourceId = source.id();
        e.notes = notes;
        e.illustrative = illustrative;
        return ContentKeys.of(e);
    }

    /** What derivation sees of this event. */
    public DerivationEvent derivationEvent() {
        return new DerivationEvent(id, type, window(), port == null ? null : port.id(), port == null ? null : port.role(),
                ladenState, observedDraftM,
                reportedVolume == null ? null : new Volume(reportedVolume, reportedVolumeUnit), product, illustrative,
                null, contentKey());
    }

    public String json() {
        StringBuilder b = new StringBuilder(320).append('{');
        field(b, "tanker", tanker.name());
        field(b, "type", type);
        field(b, "occurredAt", occurredAt);
        field(b, "precision", precision);
        field(b, "occurredFrom", occurredFrom);
        field(b, "occurredTo", occurredTo);
        field(b, "port", port == null ? null : port.name());
        field(b, "ladenState", ladenState);
        number(b, "observedDraftM", observedDraftM);
        number(b, "reportedVolume", reportedVolume);
        field(b, "reportedVolumeUnit", reportedVolumeUnit);
        field(b, "product", product);
        field(b, "evidenceType", evidenceType);
        number(b, "confidence", confidence);
        field(b, "source", source.key());
        field(b, "notes", notes);
        b.append("\"illustrative\":").append(illustrative);
        if (idempotencyKey != null) {
            b.append(',');
            field(b, "idempotencyKey", idempotencyKey);
            b.setLength(b.length() - 1); // field() leaves a trailing comma
        }
        return b.append('}').toString();
    }

    /** The JSON body for POST /api/events, where the idempotency key travels as a header instead. */
    public String postBody() {
        return withIdempotencyKey(null).json();
    }

    public String csvRow() {
        StringBuilder b = new StringBuilder(200);
        csv(b, tanker.name());
        csv(b, type);
        csv(b, occurredAt);
        csv(b, precision);
        csv(b, occurredFrom);
        csv(b, occurredTo);
        csv(b, port == null ? null : port.name());
        csv(b, ladenState);
        csv(b, observedDraftM);
        csv(b, reportedVolume);
        csv(b, reportedVolumeUnit);
        csv(b, product);
        csv(b, evidenceType);
        csv(b, confidence);
        csv(b, source.key());
        csv(b, notes);
        csv(b, illustrative);
        csv(b, idempotencyKey);
        b.setLength(b.length() - 1);
        return b.append('\n').toString();
    }

    /** A row in COPY text format, as EventRecorder would have stored it. */
    public String copyRow(long rowId, String contentKey, Instant recordedAt) {
        TimeWindow w = window();
        StringBuilder b = new StringBuilder(360);
        tab(b, rowId);
        tab(b, tanker.id());
        tab(b, port == null ? null : port.id());
        tab(b, type);
        tab(b, w.from());
        tab(b, w.to());
        tab(b, w.precision());
        tab(b, ladenState);
        tab(b, observedDraftM);
        tab(b, reportedVolume);
        tab(b, reportedVolumeUnit);
        tab(b, product);
        tab(b, evidenceType);
        tab(b, confidence);
        tab(b, source.id());
        tab(b, notes);
        tab(b, illustrative ? "t" : "f");
        tab(b, null);
        tab(b, contentKey);
        tab(b, idempotencyKey);
        tab(b, SyntheticFleet.RECORDED_BY);
        tab(b, recordedAt);
        b.setCharAt(b.length() - 1, '\n');
        return b.toString();
    }

    private static void field(StringBuilder b, String name, Object value) {
        if (value == null) {
            return;
        }
        b.append('"').append(name).append("\":\"");
        for (char ch : value.toString().toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append("\",");
    }

    private static void number(StringBuilder b, String name, Object value) {
        if (value != null) {
            b.append('"').append(name).append("\":").append(value).append(',');
        }
    }

    private static void csv(StringBuilder b, Object value) {
        if (value != null) {
            String s = value.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        b.append(',');
    }

    private static void tab(StringBuilder b, Object value) {
        if (value == null) {
            b.append("\\N");
        } else {
            String s = value.toString();
            if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\\') >= 0) {
                s = s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
            }
            b.append(s);
        }
        b.append('\t');
    }
}
