package org.tidemark.scenario;

import java.util.List;

import org.tidemark.claim.NewClaim;
import org.tidemark.registry.NewPort;
import org.tidemark.registry.NewSource;
import org.tidemark.registry.NewTanker;

/** The registry part of a bundled scenario (registry.json): what its events and claims refer to. */
public record ScenarioBundle(
        String scenario,
        String description,
        List<NewSource> sources,
        List<NewPort> ports,
        List<NewTanker> tankers,
        List<NewClaim> claims) {
}
