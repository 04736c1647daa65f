package org.tidemark.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure an administrator exists: user {@code admin} with {@code TIDEMARK_ADMIN_PASSWORD}, or
 * with a random password printed once to the log when none is set.
 */
@ApplicationScoped
public class AdminBootstrap {

    @ConfigProperty(name = "tidemark.admin-password")
    Optional<String> adminPassword;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (User.findByUsername("admin").isPresent()) {
            return;
        }
        if (adminPassword.isPresent()) {
            User.add("admin", adminPassword.get(), Roles.ADMIN);
            Log.info("Created user 'admin' with the password from TIDEMARK_ADMIN_PASSWORD");
            return;
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        User.add("admin", password, Roles.ADMIN);
        Log.warnf("Created user 'admin' with the password %s — shown this once; set TIDEMARK_ADMIN_PASSWORD to choose it", password);
    }
}
