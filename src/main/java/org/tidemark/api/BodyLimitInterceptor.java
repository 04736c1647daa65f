package org.tidemark.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.tidemark.ingest.BoundedInputStream;

/** Counts request-body bytes as they are read, so a chunked body over the limit ends in a 413 problem. */
// An InputStream parameter (the import) is left alone: the import counts its own bytes and drains what it refuses.
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {

    private final BodyLimits limits;

    BodyLimitInterceptor(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (limits.limit() <= 0 || InputStream.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        BoundedInputStream bounded = new BoundedInputStream(context.getInputStream(), limits.limit());
        context.setInputStream(bounded);
        try {
            return context.proceed();
        } catch (BoundedInputStream.LimitExceeded e) {
            bounded.drain(BoundedInputStream.DRAIN_LIMIT);
            throw e;
        }
    }
}
