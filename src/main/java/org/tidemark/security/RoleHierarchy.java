package org.tidemark.security;

import java.util.Set;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives each role the roles below it (admin → analyst → viewer), and, when reads are public,
 * the viewer role to anonymous callers, so that resources state one role per endpoint.
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    private final boolean publicReads;

    RoleHierarchy(@ConfigProperty(name = "tidemark.security.public-reads") boolean publicReads) {
        this.publicReads = publicReads;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        Set<String> implied;
        if (identity.isAnonymous()) {
            implied = publicReads ? Set.of(Roles.VIEWER) : Set.of();
        } else if (identity.hasRole(Roles.ADMIN)) {
            implied = Set.of(Roles.ANALYST, Roles.VIEWER);
        } else if (identity.hasRole(Roles.ANALYST)) {
            implied = Set.of(Roles.VIEWER);
        } else {
            implied = Set.of();
        }
        if (implied.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(implied).build());
    }
}
