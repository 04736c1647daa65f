package org.tidemark.bundle;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.claim.NewClaim;
import org.tidemark.registry.NewPort;
import org.tidemark.registry.NewSource;
import org.tidemark.registry.NewTanker;

/**
 * A registry bundle as an import binds it: each record as its {@code POST} takes it, which accepts the shape its
 * {@code GET} reads out (so a {@link RegistryBundle} imports as it is). Every list may be absent or empty.
 */
@Schema(description = "A registry bundle as GET /api/export/registry writes it: format tidemark-registry, version 1, "
        + "then sources, ports, tankers and claims, each as its GET reads it out (or as its POST takes it)")
public record RegistryBundleImport(String format, Integer version, Instant exportedAt, List<NewSource> sources,
                                   List<NewPort> ports, List<NewTanker> tankers, List<NewClaim> claims) {
}
