package org.tidemark.api;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.tidemark.domain.DomainException;

/** The one place that turns exceptions into RFC 9457 problem+json responses. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
        List<Problem.FieldError> errors = e.field() == null ? null : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return respond(status, e.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(400, detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = e instanceof InvalidFormatException format
                    ? "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType())
                    : "cannot be read: " + e.getOriginalMessage();
            return respond(400, field + " " + message, uri, List.of(new Problem.FieldError(field, message)));
        }
        return respond(400, "the request body is not valid JSON: " + e.getOriginalMessage(), uri, null);
    }

    /** More specific than JsonProcessingException, so that it wins over the REST layer's own mapper. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
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
    public Response failedAuthentication(AuthenticationFailedException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "the user name or password is wrong", uri, null))
                .header("WWW-Authenticate", "Basic realm=\"Tidemark\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "your role does not allow this; ask an administrator", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(500, "an unexpected error occurred; it has been logged", uri, null);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return type.getSimpleName() + " (one of " + List.of(type.getEnumConstants()) + ")";
        }
        return type.getSimpleName();
    }

    private static String field(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                name = name == null ? node.getName() : name + "." + node.getName();
            }
        }
        return name == null ? v.getPropertyPath().toString() : name;
    }

    static Response respond(int status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
