package org.tidemark.api;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.tidemark.ingest.BoundedInputStream;

/** Makes {@code quarkus.http.limits.max-body-size} answer in problem+json, like every other error. */
// Vert.x checks the limit before any JAX-RS code runs and answers with a bare 413. These routes run
// first: a declared Content-Length over the limit is answered here; for a body sent without one
// (chunked) the limit is enforced as the body is read, by BodyLimitInterceptor for JSON and by the
// import itself, where ProblemMapper can answer.
@ApplicationScoped
public class BodyLimits {

    /** Before Quarkus' own upload-limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;
    /** After it: it has marked chunked requests for Vert.x' input stream to limit; this route takes that over. */
    private static final int AFTER_QUARKUS_LIMIT = -1;

    private final long limit;
    private final ObjectMapper json;

    BodyLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit, ObjectMapper json) {
        this.limit = limit.map(MemorySize::asLongValue).orElse(0L);
        this.json = json;
    }

    /** The limit in bytes; zero when there is none. */
    long limit() {
        return limit;
    }

    void install(@Observes Router router) {
        if (limit <= 0) {
            return;
        }
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(this::refuseDeclaredOverLimit);
        router.route("/api/*").order(AFTER_QUARKUS_LIMIT).handler(this::limitWhileReading);
    }

    private void refuseDeclaredOverLimit(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= limit) {
            ctx.next();
            return;
        }
        String detail = "the request body of " + length + " bytes is larger than the " + limit
                + " bytes this server accepts (quarkus.http.limits.max-body-size)"
                + (request.path().startsWith("/api/events/import") ? "; split the file" : "");
        boolean waitsForContinue = "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT));
        if (waitsForContinue || length - limit > BoundedInputStream.DRAIN_LIMIT) {
            // The body is not coming (the client waits for 100 Continue) or too much to read: answer and close.
            respond(ctx, detail, true);
            return;
        }
        request.handler(ignored -> { });
        request.exceptionHandler(ignored -> request.connection().close());
        request.endHandler(ignored -> respond(ctx, detail, false));
        request.resume();
    }

    private void limitWhileReading(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            // BodyLimitInterceptor and the import count the bytes and answer with problem+json.
            ctx.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
        }
        boolean hasBody = request.getHeader(HttpHeaders.CONTENT_LENGTH) != null
                || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (hasBody) {
            ctx.addEndHandler(ended -> {
                if (!request.isEnded()) {
                    discardRest(request);
                }
            });
        }
        ctx.next();
    }

    /**
     * Answered before the body was read to its end: what is left of it would be read as the next
     * request. Reads and drops it (the last bytes may simply not have been taken off the socket yet),
     * and closes the connection only when more than {@link BoundedInputStream#DRAIN_LIMIT} is left.
     * Closing at once would race the answer on its way out, and the client would see no answer.
     */
    private static void discardRest(HttpServerRequest request) {
        AtomicLong allowance = new AtomicLong(BoundedInputStream.DRAIN_LIMIT);
        try {
            request.handler(chunk -> {
                if (allowance.addAndGet(-chunk.length()) < 0) {
                    request.connection().close();
                }
            });
            request.exceptionHandler(ignored -> request.connection().close());
            request.resume();
        } catch (IllegalStateException alreadyRead) {
            // The body ended in the meantime: nothing is left to drop.
        }
    }

    private void respond(RoutingContext ctx, String detail, boolean close) {
        String body;
        try {
            body = json.writeValueAsString(ProblemMapper.problem(413, detail, ctx.request().path(),
                    java.util.List.of(new Problem.FieldError("body", detail))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document always serialises", e);
        }
        var response = ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ignored -> ctx.request().connection().close());
        }
        response.end(body);
    }
}
