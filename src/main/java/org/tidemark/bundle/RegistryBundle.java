package org.tidemark.bundle;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.tidemark.claim.ClaimView;
import org.tidemark.domain.Port;
import org.tidemark.domain.Source;
import org.tidemark.registry.TankerView;

/**
 * The registry as one JSON document: every source, port, tanker (with identities and designations) and claim, each
 * exactly as its {@code GET} reads it out, in the order an import registers them. Events travel as the events CSV.
 *
 * @param format     always {@value #FORMAT}
 * @param version    the bundle's layout, {@value #VERSION}
 * @param exportedAt when it was written
 */
@Schema(description = "The registry (sources, ports, tankers with identities and designations, claims), each record as "
        + "its GET reads it out; ids are this installation's: an import registers new records and maps every "
        + "reference by source key, port name and tanker name")
public record RegistryBundle(String format, int version, Instant exportedAt, List<Source> sources, List<Port> ports,
                             List<TankerView> tankers, List<ClaimView> claims) {

    public static final String FORMAT = "tidemark-registry";
    public static final int VERSION = 1;
}
