package org.tidemark.ais;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: one record at a time into a reused field list, quoted fields with doubled quotes
 * and line breaks inside them, CRLF or LF. Memory is one buffer and one record, whatever the file's size: a record
 * longer than {@link #MAX_RECORD_CHARS} or a NUL character (binary content, never in text) stops the read with
 * {@link UnreadableReportFile}.
 */
final class CsvRecords {

    /** The longest record read: a DMA row is about 200 characters, so 64 KiB is no report but a runaway line. */
    static final int MAX_RECORD_CHARS = 1 << 16;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long recordLine;
    private final List<String> fields = new ArrayList<>(32);
    private final StringBuilder field = new StringBuilder(64);

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** Reads the next record; false at the end of the input. Blank lines are skipped. */
    boolean next() throws IOException {
        do {
            if (!readRecord()) {
                return false;
            }
        } while (fields.size() == 1 && fields.get(0).isEmpty());
        return true;
    }

    int size() {
        return fields.size();
    }

    String get(int i) {
        return fields.get(i);
    }

    List<String> fields() {
        return fields;
    }

    /** The line the current record started on (1-based). */
    long line() {
        return recordLine;
    }

    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private boolean readRecord() throws IOException {
        fields.clear();
        field.setLength(0);
        recordLine = line;
        int c = read();
        if (c < 0) {
            return false;
        }
        boolean quoted = false;
        boolean fieldStart = true;
        int chars = 0;
        while (true) {
            if (c == 0) {
                throw new UnreadableReportFile(line, "line " + line + " holds a NUL character: this is binary "
                        + "content, not a CSV text file (gzip is read when the file starts with its magic bytes)");
            }
            if (++chars > MAX_RECORD_CHARS) {
                throw new UnreadableReportFile(recordLine, "the record starting on line " + recordLine + " is longer "
                        + "than " + MAX_RECORD_CHARS + " characters; no position report is (an unclosed quote, or "
                        + "not a CSV file of reports)");
            }
            if (c < 0) {
                fields.add(field.toString());
                return true;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n' && d >= 0) {
                        pos--; // a lone CR ends the record; give the character back
                    }
                }
                line++;
                fields.add(field.toString());
                return true;
            } else {
                field.append((char) c);
                fieldStart = false;
            }
            c = read();
        }
    }
}
