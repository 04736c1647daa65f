package org.tidemark.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.tidemark.projection.TankerDerivation;
import org.tidemark.security.Roles;

/** Recomputes all derived data from the events. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private final TankerDerivation derivation;

    RebuildResource(TankerDerivation derivation) {
        this.derivation = derivation;
    }

    /** How many voyages the rebuild wrote. */
    public record RebuildResult(int voyages) {
    }

    @POST
    public RebuildResult rebuild() {
        return new RebuildResult(derivation.rebuildAll());
    }
}
