package org.tidemark.ingest;

/** Values in PostgreSQL's COPY text format: tab between columns, {@code \N} for null, backslash escapes. */
final class CopyText {

    private CopyText() {
    }

    /** A text column and its tab; the escapes keep delimiters and line ends in values from splitting rows. */
    static void text(StringBuilder b, String value) {
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
    static void plain(StringBuilder b, Object value) {
        if (value == null) {
            b.append("\\N\t");
        } else {
            b.append(value).append('\t');
        }
    }

    /** An enum column by its name (never its toString, which a later change could make prose). */
    static void plain(StringBuilder b, Enum<?> value) {
        plain(b, value == null ? null : value.name());
    }

    /** Ends the row: replaces the last column's tab with the line end. */
    static void endRow(StringBuilder b) {
        b.setCharAt(b.length() - 1, '\n');
    }
}
