package org.tidemark.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body read up to a limit; one byte more fails with {@link LimitExceeded}. */
// So that a body sent without Content-Length is refused with a proper problem (413) instead of read forever.
public final class BoundedInputStream extends FilterInputStream {

    /** The body is longer than the limit. */
    public static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("the request body is larger than the " + limit + " bytes this server accepts");
        }
    }

    /**
     * How much of a refused body is still read and discarded. A client is often still sending when
     * the answer is ready; if the server closed with unread data the client would see a connection
     * reset instead of the answer. Beyond this much the connection is closed regardless.
     */
    public static final long DRAIN_LIMIT = 8L * 1024 * 1024;

    private final long limit;
    private long count;

    /** @param limit the most bytes to read; zero or less for no limit */
    public BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    /**
     * Reads and discards up to {@code max} more bytes, past the limit, and says whether the body
     * ended. A client whose request is refused early is often still sending; reading the rest
     * (within reason) lets it receive the answer instead of a connection reset.
     */
    public boolean drain(long max) {
        byte[] buffer = new byte[16 * 1024];
        long drained = 0;
        try {
            while (drained < max) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - drained));
                if (n < 0) {
                    return true;
                }
                drained += n;
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private void counted(long n) throws LimitExceeded {
        count += n;
        if (limit > 0 && count > limit) {
            throw new LimitExceeded(limit);
        }
    }
}
