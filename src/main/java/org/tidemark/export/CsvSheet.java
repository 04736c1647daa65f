package org.tidemark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.tidemark.domain.FormulaCells;

/**
 * RFC 4180 CSV in UTF-8 (CRLF line ends, a header row), written row by row through Jackson's CSV generator.
 * Text cells pass through {@link FormulaCells#neutralise}; numbers, dates, times and enum names are written as
 * they are (they never start with a formula character except a minus sign, and a negative number must stay one).
 */
final class CsvSheet implements AutoCloseable {

    private static final CsvFactory CSV = CsvFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final CsvGenerator out;
    private final List<String> row = new ArrayList<>();

    CsvSheet(OutputStream stream, List<String> header) throws IOException {
        out = CSV.createGenerator(stream);
        out.setSchema(CsvSchema.emptySchema().withLineSeparator("\r\n").withoutHeader());
        row.addAll(header);
        endRow();
    }

    /** A text cell: neutralised against formula injection; null is an empty cell. */
    CsvSheet text(String value) {
        row.add(FormulaCells.neutralise(value));
        return this;
    }

    /** A number, plain (no exponent), exactly as stored; null is an empty cell. */
    CsvSheet number(Number value) {
        row.add(value == null ? null : value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : value.toString());
        return this;
    }

    /** An enum name, an ISO date or time, a boolean, a UUID: text that cannot read as a formula. */
    CsvSheet value(Object value) {
        row.add(value == null ? null : value.toString());
        return this;
    }

    void endRow() throws IOException {
        out.writeStartArray();
        for (String cell : row) {
            if (cell == null) {
                out.writeString("");
            } else {
                out.writeString(cell);
            }
        }
        out.writeEndArray();
        row.clear();
    }

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
