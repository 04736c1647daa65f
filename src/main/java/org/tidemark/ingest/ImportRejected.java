package org.tidemark.ingest;

import java.util.List;

/** An import refused as a whole because some of its rows are bad; nothing of it was stored. */
public class ImportRejected extends RuntimeException {

    /**
     * One thing wrong with one row.
     *
     * @param row   the row's 1-based number in the file (a CSV header not counted)
     * @param field the column or field at fault, or null when the row as a whole is
     */
    public record RowError(long row, String field, String message) {
    }

    private final List<RowError> errors;
    private final long badRows;
    private final boolean malformed;

    ImportRejected(List<RowError> errors, long badRows, boolean malformed) {
        super(badRows + (badRows == 1 ? " row is" : " rows are") + " bad, so nothing was stored"
                + (badRows > countRows(errors) ? "; the first " + countRows(errors) + " are listed" : ""));
        this.errors = List.copyOf(errors);
        this.badRows = badRows;
        this.malformed = malformed;
    }

    /** The errors of the first bad rows (up to {@code tidemark.import.max-listed-rows}), in row order. */
    public List<RowError> errors() {
        return errors;
    }

    public long badRows() {
        return badRows;
    }

    /** Some row is malformed (unreadable, invalid values: 400), rather than only well-formed but refused by the rules (422). */
    public boolean malformed() {
        return malformed;
    }

    private static long countRows(List<RowError> errors) {
        return errors.stream().mapToLong(RowError::row).distinct().count();
    }
}
