package org.tidemark.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.tidemark.derive.DerivationRules;

/** The derivation walk's settings, bound from {@code tidemark.derive.*}; reasons for the defaults in {@link DerivationRules#DEFAULTS}. */
@ConfigMapping(prefix = "tidemark.derive")
public interface DeriveConfig {

    /** Observations at one port further apart than this are separate calls (ISO-8601, e.g. P3D or PT36H). */
    @WithDefault("P3D")
    Duration maxCallGap();

    /**
     * Whether a recorded or retracted event re-derives only the stretch of history it can affect (true) or the
     * tanker's whole history (false): the same voyages either way; false is the way back should a doubt arise.
     */
    @WithDefault("true")
    boolean bounded();

    default DerivationRules rules() {
        return new DerivationRules(maxCallGap());
    }
}
