package org.tidemark.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The page size of every paginated list (timeline, voyages), bound from {@code tidemark.page.*}. */
@ConfigMapping(prefix = "tidemark.page")
public interface PageConfig {

    /** Entries per page when the request names no {@code limit}. */
    @WithDefault("100")
    int defaultLimit();

    /** The largest {@code limit} accepted; a larger one is a 400. */
    @WithDefault("1000")
    int maxLimit();
}
