package org.tidemark.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds and logging of bulk imports, bound from {@code tidemark.import.*}. */
@ConfigMapping(prefix = "tidemark.import")
public interface ImportConfig {

    /** Rows one import may hold; a longer file is refused with 413 and nothing is stored. */
    @WithDefault("1000000")
    int maxRows();

    /** Bad rows listed in a refusal (every bad row is counted; a file of a million bad rows need not be echoed back). */
    @WithDefault("100")
    int maxListedRows();

    /** Log progress every this many rows. */
    @WithDefault("50000")
    int progressEvery();

    /** The transaction timeout of one import, in seconds; read by {@code @TransactionConfiguration}. */
    @WithDefault("900")
    int timeoutSeconds();
}
