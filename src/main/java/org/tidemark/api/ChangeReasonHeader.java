package org.tidemark.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.tidemark.domain.DomainException;
import org.tidemark.registry.ChangeReason;

/**
 * Takes the reason a request gives for changing the registry from its {@code Tidemark-Change-Reason}
 * header (percent-encoded UTF-8 for characters beyond ASCII) into the registry's trail.
 */
public class ChangeReasonHeader {

    static final int MAX_LENGTH = 2000;

    private final ChangeReason reason;

    ChangeReasonHeader(ChangeReason reason) {
        this.reason = reason;
    }

    @ServerRequestFilter
    public void take(HttpHeaders headers) {
        String value = headers.getHeaderString(ChangeReason.HEADER);
        if (value == null) {
            return;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(ChangeReason.HEADER, "the " + ChangeReason.HEADER + " header is not valid "
                    + "percent-encoding (a % must be "
                    + "followed by two hexadecimal digits, e.g. %C3%A9 for é)");
        }
        if (decoded.length() > MAX_LENGTH || decoded.indexOf('\u0000') >= 0) {
            throw DomainException.invalid(ChangeReason.HEADER, "the " + ChangeReason.HEADER + " header must be at most " + MAX_LENGTH
                    + " characters without U+0000");
        }
        reason.set(decoded);
    }
}
