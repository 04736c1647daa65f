package org.tidemark.config;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A random key for the web workspace's session cookie, for a start that was given none
 * ({@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}). Quarkus would pick one itself, and print it in a warning:
 * anyone who reads the log could then forge a session until the next start. This source sits below every other
 * (ordinal 1), so a configured key always wins; the random one lives as long as the process, as Quarkus' own would.
 */
public final class SessionKeyDefault implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    private static final String KEY = randomKey();

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, KEY);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? KEY : null;
    }

    @Override
    public String getName() {
        return "tidemark random session key (when none is configured)";
    }

    @Override
    public int getOrdinal() {
        return 1;
    }
}
