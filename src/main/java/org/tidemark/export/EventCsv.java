package org.tidemark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Events as CSV, one row each: the import's columns first (so the file imports again), then what the import
 * ignores: the event's id, the tanker's IMO number, the source's details, who recorded it, and its retraction.
 */
final class EventCsv implements AutoCloseable {

    /** The columns the import reads as the event (EventRows.COLUMNS). */
    static final List<String> EVENT_COLUMNS = List.of("tanker", "type", "occurredAt", "precision", "occurredFrom",
            "occurredTo", "port", "latitude", "longitude", "positionSource", "ladenState", "observedDraftM",
            "reportedVolume", "reportedVolumeUnit", "product", "evidenceType", "confidence", "source", "notes",
            "illustrative", "counterpart", "stsDirection", "idempotencyKey");
    /** The columns the import accepts and ignores (EventRows.INFORMATIONAL). */
    static final List<String> INFORMATIONAL_COLUMNS = List.of("id", "tankerImo", "sourcePublisher", "sourceTitle",
            "sourceUrl", "sourcePublishedOn", "recordedBy", "recordedAt", "retracted", "retractedByEventId",
            "retractionReason");

    private final CsvSheet sheet;

    EventCsv(OutputStream out) throws IOException {
        sheet = new CsvSheet(out, concat(EVENT_COLUMNS, INFORMATIONAL_COLUMNS));
    }

    void write(ExportedEvent e) throws IOException {
        boolean window = e.occurredAt() == null;
        sheet.text(e.tanker()).value(e.type()).value(e.occurredAt()).value(e.precision())
                .value(window ? e.occurredFrom() : null).value(window ? e.occurredTo() : null)
                .text(e.port()).number(e.latitude()).number(e.longitude()).value(e.positionSource())
                .value(e.ladenState()).number(e.observedDraftM()).number(e.reportedVolume())
                .value(e.reportedVolumeUnit()).value(e.product()).value(e.evidenceType()).number(e.confidence())
                .text(e.source().key()).text(e.notes()).value(e.illustrative()).text(e.counterpart())
                .value(e.stsDirection()).text(e.idempotencyKey())
                .number(e.id()).text(e.tankerImo()).text(e.source().publisher()).text(e.source().title())
                .text(e.source().url()).value(e.source().publishedOn()).text(e.recordedBy()).value(e.recordedAt())
                .value(e.retracted()).number(e.retractedByEventId()).text(e.retractionReason());
        sheet.endRow();
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Override
    public void close() throws IOException {
        sheet.close();
    }
}
