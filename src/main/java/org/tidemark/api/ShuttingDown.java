package org.tidemark.api;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether Quarkus is stopping: past quarkus.shutdown.timeout, a request still running loses its
 * database session, and the answer is then a 503 to retry rather than a 500 (ProblemMapper).
 */
@ApplicationScoped
public class ShuttingDown {

    private static volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    static boolean now() {
        return stopping;
    }
}
