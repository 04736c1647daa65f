package org.tidemark.ais;

/**
 * A file of position reports that cannot be read as one at all (a header naming no layout, binary content, a record
 * longer than any report): refused whole, unlike a bad report, which is counted and skipped.
 */
public final class UnreadableReportFile extends IllegalArgumentException {

    private final long line;

    public UnreadableReportFile(long line, String message) {
        super(message);
        this.line = line;
    }

    /** The line of the file the problem is on (1 = the header). */
    public long line() {
        return line;
    }
}
