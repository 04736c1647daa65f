package org.tidemark.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.tidemark.domain.DomainException;

/**
 * The rows of an import file, bound one at a time to {@link NewVoyageEvent} from Jackson's streaming parser.
 * <p>
 * Bound with the application's own ObjectMapper settings, so a row binds exactly as a single event's body
 * does. A row that does not bind is reported and skipped (the iterator resynchronises at the row's end); a
 * file that cannot be parsed any further ends the reading.
 */
final class EventRows {

    /** The column or member that carries a row's idempotency key; it is not part of the event. */
    static final String KEY = "idempotencyKey";
    /** The columns a CSV file may have: the fields of {@link NewVoyageEvent}, and the idempotency key. */
    static final Set<String> COLUMNS;
    /**
     * Columns an export writes beside the event's own (its id, its source's details, its retraction, who
     * recorded it): accepted in an import and ignored, so that an exported file imports as it is.
     */
    static final Set<String> INFORMATIONAL = Set.of("id", "tankerImo", "sourcePublisher", "sourceTitle", "sourceUrl",
            "sourcePublishedOn", "recordedBy", "recordedAt", "retracted", "retractedByEventId",
            "retractionReason");
    /** The columns every CSV file needs; the time columns are checked per row, since either form will do. */
    static final List<String> REQUIRED = List.of("tanker", "type", "evidenceType", "confidence", "source");

    static {
        Set<String> columns = new LinkedHashSet<>();
        Arrays.stream(NewVoyageEvent.class.getRecordComponents()).forEach(c -> columns.add(c.getName()));
        columns.add(KEY);
        COLUMNS = Set.copyOf(columns);
    }

    // The request body belongs to the HTTP layer: never close it from here (closing would also
    // drain the rest of a body the import has already refused). An empty cell is an absent value.
    private static final CsvFactory CSV = CsvFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    /**
     * One row: its 1-based number in the file (a CSV header not counted), and either the event with
     * its idempotency key (or why the key is unusable), or why the row did not bind.
     */
    record Row(long number, NewVoyageEvent event, String idempotencyKey, String keyProblem, DatabindException unbound) {
    }

    private final JsonParser parser;
    private final MappingIterator<NewVoyageEvent> rows;
    private final KeyCapture keys;
    private final boolean array;
    private final boolean csv;
    private long row;
    private long reading = 1;

    private EventRows(JsonParser parser, ObjectReader events, boolean array, boolean csv) throws IOException {
        this.parser = parser;
        this.array = array;
        this.csv = csv;
        this.keys = new KeyCapture(csv);
        this.rows = events.withHandler(keys).readValues(parser);
    }

    /** RFC 4180 CSV with a header row naming the columns. */
    static EventRows csv(InputStream in, ObjectReader events) throws IOException {
        CsvParser parser = (CsvParser) CSV.createParser(in);
        parser.setSchema(CsvSchema.emptySchema().withHeader());
        // Reads the header (and positions on the first row, if any), so the columns can be checked first.
        parser.nextToken();
        checkHeader(parser.getSchema());
        return new EventRows(parser, events, false, true);
    }

    /** A JSON array of event objects. */
    static EventRows jsonArray(InputStream in, ObjectReader events) throws IOException {
        JsonParser parser = events.getFactory().createParser(in);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw DomainException.invalid(null, "a JSON import is an array of event objects; "
                    + "to send one object per line use Content-Type application/x-ndjson");
        }
        parser.clearCurrentToken();
        return new EventRows(parser, events, true, false);
    }

    /** Event objects one after another, one per line (NDJSON). */
    static EventRows jsonLines(InputStream in, ObjectReader events) throws IOException {
        JsonParser parser = events.getFactory().createParser(in);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return new EventRows(parser, events, false, false);
    }

    /**
     * The next row, or null at the end of the file. An IOException means the file itself is
     * malformed at {@link #position()} (bad quoting, broken JSON) and cannot be read further.
     */
    Row next() throws IOException {
        reading = row + 1;
        if (!rows.hasNextValue()) {
            if (array && parser.nextToken() != null) {
                throw new IOException("there is content after the closing ']' of the array");
            }
            return null;
        }
        keys.clear();
        try {
            NewVoyageEvent event = rows.nextValue();
            if (csv && event != null) {
                // A CSV cell may carry the export's guard against spreadsheet formulas; JSON never does.
                event = event.withFormulaCellsRestored();
            }
            row = reading;
            return new Row(row, event, keys.key, keys.problem, null);
        } catch (DatabindException e) {
            row = reading;
            return new Row(row, null, null, null, e);
        }
    }

    /** The number of the row being read, for errors that stop the file. */
    long position() {
        return reading;
    }

    private static void checkHeader(CsvSchema schema) {
        Set<String> seen = new HashSet<>();
        for (CsvSchema.Column column : schema) {
            String name = column.getName();
            if (!COLUMNS.contains(name) && !INFORMATIONAL.contains(name)) {
                throw DomainException.invalid(name, "the header names an unknown column '" + name + "'; the columns are "
                        + COLUMNS.stream().sorted().collect(Collectors.joining(", ")));
            }
            if (!seen.add(name)) {
                throw DomainException.invalid(name, "the header names the column '" + name + "' twice");
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        for (String required : REQUIRED) {
            if (!seen.contains(required)) {
                throw DomainException.invalid(required, "the header lacks the required column '" + required + "'");
            }
        }
    }

    /** Takes the idempotency key out of the row as it binds; any other unknown member fails the row, as for a single event. */
    /**
     * Takes the idempotency key out of a row, and in CSV skips the export's informational columns (the
     * header check has already refused any other unknown column).
     */
    private static final class KeyCapture extends DeserializationProblemHandler {

        private final boolean csv;
        private String key;
        private String problem;

        KeyCapture(boolean csv) {
            this.csv = csv;
        }

        void clear() {
            key = null;
            problem = null;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            if (csv && INFORMATIONAL.contains(propertyName)) {
                p.skipChildren();
                return true;
            }
            if (!KEY.equals(propertyName)) {
                return false;
            }
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                key = p.getText();
            } else if (token != JsonToken.VALUE_NULL) {
                problem = "must be a text";
                p.skipChildren();
            }
            return true;
        }
    }
}
