package org.tidemark.registry;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;

/**
 * Why a request changes the registry, as its {@code Tidemark-Change-Reason} header says; held for the
 * request so the registry's trail can record it beside the change.
 */
@RequestScoped
public class ChangeReason {

    /** The header that carries the reason. */
    public static final String HEADER = "Tidemark-Change-Reason";

    private String reason;

    /** The reason given; null when none. */
    public String get() {
        return reason;
    }

    public void set(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** The reason of the request in progress; null outside a request or when none was given. */
    static String current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(ChangeReason.class).get().get();
    }
}
