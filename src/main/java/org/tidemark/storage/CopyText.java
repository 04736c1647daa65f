package org.tidemark.storage;

import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/** Values in PostgreSQL's COPY text format: tab between columns, {@code \N} for null, backslash escapes. */
public final class CopyText {

    private CopyText() {
    }

    /** A text column and its tab; the escapes keep delimiters and line ends in values from splitting rows. */
    public static void text(StringBuilder b, String value) {
        if (value == null) {
            b.append("\\N\t");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        b.append('\t');
    }

    /** A number, boolean, timestamp or uuid column (whose text needs no escapes) and its tab. */
    public static void plain(StringBuilder b, Object value) {
        if (value == null) {
            b.append("\\N\t");
        } else {
            b.append(value).append('\t');
        }
    }

    /** An enum column by its name (never its toString, which a later change could make prose). */
    public static void plain(StringBuilder b, Enum<?> value) {
        plain(b, value == null ? null : value.name());
    }

    /** Ends the row: replaces the last column's tab with the line end. */
    public static void endRow(StringBuilder b) {
        b.setCharAt(b.length() - 1, '\n');
    }

    /**
     * Abandons an open COPY, if any (a refused file): nothing it sent is stored. The transaction is being rolled back
     * anyway; the cancel only frees the connection, so its failure is ignored.
     */
    public static void cancel(CopyIn copy) {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // rolled back anyway
            }
        }
    }
}
