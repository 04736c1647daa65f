package org.tidemark.aisimport;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * A file of position reports as it streams in: its SHA-256 over the bytes as sent (gzipped or not), gunzipped when it
 * starts with gzip's magic bytes, and cut off with {@link TooLarge} once its text passes the size limit (so a small
 * gzip that unpacks to gigabytes is refused as well).
 */
final class AisFileInput {

    /** The file's text passed the limit; nothing of it is stored. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the file's text is larger than " + limit + " bytes, the most one AIS import takes "
                    + "(tidemark.ais.max-file-bytes); split it, e.g. by day");
        }
    }

    private final DigestInputStream raw;
    private final MessageDigest sha256;
    private final long maxBytes;
    private boolean gzip;

    AisFileInput(InputStream body, long maxBytes) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        this.raw = new DigestInputStream(body, sha256);
        this.maxBytes = maxBytes;
    }

    /** The text, UTF-8, gunzipped when the bytes start with 1f 8b. */
    Reader reader() throws IOException {
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        gzip = m1 == 0x1f && m2 == 0x8b;
        InputStream text = gzip ? new GZIPInputStream(b, 1 << 16) : b;
        return new InputStreamReader(new Capped(text, maxBytes), StandardCharsets.UTF_8);
    }

    boolean gzip() {
        return gzip;
    }

    /** Reads what is left of the body (bytes after the gzip stream, or after a refusal) and gives the file's SHA-256. */
    String finish() throws IOException {
        raw.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Drains the rest of a refused body, so the client sees the refusal rather than a reset connection. */
    void discardRest() {
        try {
            raw.on(false);
            raw.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // Over Quarkus' body limit, or the client is gone: nothing to add.
        }
    }

    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long count;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++count > limit) {
                throw new TooLarge(limit);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > limit) {
                throw new TooLarge(limit);
            }
            return n;
        }
    }
}
