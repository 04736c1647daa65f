package org.tidemark.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.tidemark.domain.DomainException;
import org.tidemark.security.Roles;
import org.tidemark.timeline.VoyageQueries;
import org.tidemark.timeline.VoyageView;

/** Derived voyages with their cargo estimates. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/voyages")
@Produces(MediaType.APPLICATION_JSON)
public class VoyageResource {

    private final VoyageQueries voyages;
    private final int maxPageSize;

    VoyageResource(VoyageQueries voyages, @ConfigProperty(name = "tidemark.api.max-page-size") int maxPageSize) {
        this.voyages = voyages;
        this.maxPageSize = maxPageSize;
    }

    @GET
    public List<VoyageView> list(@QueryParam("tanker") Long tankerId,
                                 @QueryParam("from") Instant from,
                                 @QueryParam("to") Instant to,
                                 @QueryParam("limit") @DefaultValue("100") @Min(1) int limit) {
        if (limit > maxPageSize) {
            throw DomainException.invalid("limit", "at most " + maxPageSize + " voyages per page (tidemark.api.max-page-size)");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw DomainException.invalid("to", "'to' (" + to + ") must be after 'from' (" + from + ")");
        }
        return voyages.list(tankerId, from, to, limit);
    }

    @GET
    @Path("/{id}")
    public VoyageView get(@PathParam("id") UUID id) {
        return voyages.find(id).orElseThrow(() -> DomainException.notFound("there is no voyage " + id));
    }
}
