package org.tidemark.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.InputErrors;
import org.tidemark.ingest.ImportRejected;
import org.tidemark.security.SignInThrottled;

/** The one place that turns exceptions into RFC 9457 problem+json responses. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case TOO_LARGE -> 413;
            case GONE -> 410;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
        };
        List<Problem.FieldError> errors = e.field() == null ? null : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return respond(status, e.getMessage(), uri, errors);
    }

    /** A refused import: every listed row with its field and message; 400 if any row is malformed, else 422. */
    @ServerExceptionMapper
    public Response importRejected(ImportRejected e, UriInfo uri, RoutingContext routing) {
        if (routing != null && routing.response().ended()) {
            // Quarkus refused the body as too large (413) while the import read it: that answer stands.
            return null;
        }
        List<Problem.FieldError> errors = e.errors().stream()
                .map(r -> new Problem.FieldError(r.row(), r.field(), r.message()))
                .toList();
        return respond(e.malformed() ? 400 : 422, e.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(InputErrors.field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(400, detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = InputErrors.field(e);
        if (field != null) {
            String message = InputErrors.message(e);
            return respond(400, field + " " + message, uri, List.of(new Problem.FieldError(field, message)));
        }
        return respond(400, "the request body is not valid JSON: " + e.getOriginalMessage(), uri, null);
    }

    /** More specific than JsonProcessingException, so that it wins over the REST layer's own mapper. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /**
     * A query parameter that did not convert: the REST layer wraps the converter's failure in a 404 (JAX-RS
     * says so for query and path parameters); {@link QueryParamConverters} fail with the parameter's name,
     * and that is a 400. A path segment that does not convert names no resource and stays a 404.
     */
    @ServerExceptionMapper
    public Response conversionFailed(NotFoundException e, UriInfo uri) {
        if (e.getCause() instanceof DomainException badParameter) {
            return domain(badParameter, uri);
        }
        return web(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        return respond(status, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "sign in: this needs a Tidemark user (HTTP Basic)", uri, null))
                .header("WWW-Authenticate", "Basic realm=\"Tidemark\"").build();
    }

    @ServerExceptionMapper
    public Response failedAuthentication(AuthenticationFailedException e, UriInfo uri, RoutingContext routing) {
        SignInThrottled throttled = routing == null ? null : routing.get(SignInThrottled.ATTRIBUTE);
        for (Throwable t = e; throttled == null && t != null; t = t.getCause() == t ? null : t.getCause()) {
            throttled = t instanceof SignInThrottled cause ? cause : null;
        }
        if (throttled != null) {
            // The password was not checked at all: say when it will be.
            return Response.fromResponse(respond(429, throttled.getMessage(), uri, null))
                    .header("Retry-After", Long.toString(throttled.retryAfterSeconds())).build();
        }
        return Response.fromResponse(respond(401, "the user name or password is wrong", uri, null))
                .header("WWW-Authenticate", "Basic realm=\"Tidemark\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "your role does not allow this; ask an administrator", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        Optional<Response> duplicate = UniqueViolation.in(e).map(v -> respond(409, v.detail(), uri,
                List.of(new Problem.FieldError(v.field(), v.detail()))));
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        if (ShuttingDown.now()) {
            Log.warnf("A request to %s outlived the shutdown grace period (quarkus.shutdown.timeout): %s", uri.getPath(), e);
            return Response.fromResponse(respond(503, "Tidemark is shutting down and this request could not finish; "
                    + "its transaction was rolled back unless it had committed: retry it (with an Idempotency-Key, a retry "
                    + "is always safe)", uri, null)).header("Retry-After", "10").build();
        }
        // The message and stack of a database error can quote the statement; pgjdbc is told to leave its
        // parameters out (logServerErrorDetail=false), so no password hash or secret reaches the log.
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(500, "an unexpected error occurred; it has been logged", uri, null);
    }

    static Response respond(int status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem problem = problem(status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem problem(int status, String detail, String path, List<Problem.FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        return new Problem("about:blank", title, status, detail, path, errors);
    }
}
