package org.tidemark.web;

import io.quarkus.security.identity.SecurityIdentity;

import org.tidemark.security.Roles;

/** Who is looking at a page: signed in or not, and whether they may record. */
public record Viewer(String name, boolean signedIn, boolean analyst) {

    static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Viewer("", false, false);
        }
        return new Viewer(identity.getPrincipal().getName(), true, identity.hasRole(Roles.ANALYST));
    }
}
