package org.tidemark.web;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.tidemark.domain.DomainException;

/**
 * The API reads JSON and CSV, never HTML forms. A form posted to {@code /api} is refused (415) before anything
 * reads it: the CSRF filter the pages need reads every form body, and a browser's session cookie must not make
 * a cross-site form a way to write through the API.
 */
final class ApiFormGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    void refuseFormsToTheApi(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || SAFE.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            throw new DomainException(DomainException.Kind.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
                    "the API reads JSON or CSV, not a form (" + type.getType() + "/" + type.getSubtype() + ")");
        }
    }
}
