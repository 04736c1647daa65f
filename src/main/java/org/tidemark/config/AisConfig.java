package org.tidemark.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of AIS imports and tracks, bound from {@code tidemark.ais.*} (docs/AIS.md). */
@ConfigMapping(prefix = "tidemark.ais")
public interface AisConfig {

    /** The most text one AIS file may hold (after gunzip), in bytes; a larger file is refused with 413, nothing stored. */
    @WithDefault("268435456")
    long maxFileBytes();

    /** Points per track feature when downsampled (GET /api/ais/tracks without exact). */
    @WithDefault("2000")
    int trackPoints();

    /** The most points an exact track answer may hold; more is a 400 naming the limit. */
    @WithDefault("500000")
    int exactTrackPoints();
}
