package org.tidemark.api;

import jakarta.ws.rs.core.SecurityContext;

/** Who is making a request, for the "recorded by" of what it writes. */
final class Principals {

    private Principals() {
    }

    static String name(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }
}
