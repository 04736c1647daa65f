package org.tidemark.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.tidemark.domain.DomainException;

/**
 * Refuses, before any resource runs, a path or query value holding U+0000 (PostgreSQL text cannot
 * hold it, so it could never match anything) and a query string that is not valid percent-encoding.
 */
public class PathAndQueryCheck {

    @ServerRequestFilter(preMatching = true)
    public void check(UriInfo uri) {
        if (uri.getPath().indexOf('\u0000') >= 0) {
            throw DomainException.invalid("path", "the path contains the character U+0000 (%00); remove it");
        }
        Map<String, List<String>> query;
        try {
            query = uri.getQueryParameters();
        } catch (IllegalArgumentException malformed) {
            throw DomainException.invalid("query", "the query string is not valid percent-encoding "
                    + "(a % must be followed by two hexadecimal digits, e.g. %20)");
        }
        query.forEach((name, values) -> {
            if (name.indexOf('\u0000') >= 0 || values.stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                throw DomainException.invalid(name.replace("\u0000", ""),
                        "the query parameter contains the character U+0000 (%00); remove it");
            }
        });
    }
}
