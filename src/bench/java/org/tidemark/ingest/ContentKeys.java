package org.tidemark.ingest;

import org.tidemark.domain.VoyageEvent;

/** Gives the benchmark the product's own content key, so that rows it loads with COPY match recorded ones. */
public final class ContentKeys {

    private ContentKeys() {
    }

    public static String of(VoyageEvent event) {
        return EventResolver.contentKey(event);
    }
}
