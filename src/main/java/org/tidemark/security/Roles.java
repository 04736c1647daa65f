package org.tidemark.security;

/** The three roles; each includes the ones before it (an analyst is also a viewer). */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
