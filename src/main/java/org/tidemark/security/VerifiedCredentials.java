package org.tidemark.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers for a short while the HTTP Basic credentials that security-jpa has verified, so that
 * a client sending the same username and password on every request pays bcrypt's cost (about
 * 90 ms of CPU by design) once per {@code tidemark.security.credential-cache} rather than per
 * request. Failures are never remembered: every wrong password still costs a full bcrypt check.
 * Only a salted SHA-256 of the password is kept, in memory, with a per-process random salt.
 * Wrong passwords are bounded per client address and per user name by a {@link SignInThrottle}.
 * <p>
 * Requests that bring the same username and password while their check is still running wait for that check
 * instead of starting their own: a client that opens with 16 requests at once pays one bcrypt, not 16, and its
 * right password is not refused as a burst of sign-in attempts.
 */
@ApplicationScoped
public class VerifiedCredentials implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Enough for every user of a team; past it the cache starts again rather than grow. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, SecurityIdentity identity, long expiresAtNanos) {
    }

    private final IdentityProvider<UsernamePasswordAuthenticationRequest> verifier;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final SignInThrottle throttle;
    private final Function<UsernamePasswordAuthenticationRequest, String> addressOf;
    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();

    /** A check under way: the digest of the password it checks, and its one result, shared by whoever waits for it. */
    private final class Pending {
        final byte[] digest;
        final Uni<SecurityIdentity> result;

        Pending(String username, byte[] digest, Uni<SecurityIdentity> check) {
            this.digest = digest;
            this.result = check.eventually(() -> inFlight.remove(username, this)).memoize().indefinitely();
        }
    }

    @Inject
    VerifiedCredentials(JpaIdentityProvider verifier,
            @ConfigProperty(name = "tidemark.security.credential-cache") Duration ttl,
            @ConfigProperty(name = "tidemark.security.sign-in.failures-allowed") int failuresAllowed,
            @ConfigProperty(name = "tidemark.security.sign-in.failure-refill") Duration failureRefill) {
        this(verifier, ttl, System::nanoTime, new SignInThrottle(failuresAllowed, failureRefill, System::nanoTime),
                VerifiedCredentials::clientAddress);
    }

    VerifiedCredentials(IdentityProvider<UsernamePasswordAuthenticationRequest> verifier, Duration ttl,
            LongSupplier clock, SignInThrottle throttle,
            Function<UsernamePasswordAuthenticationRequest, String> addressOf) {
        this.verifier = verifier;
        this.addressOf = addressOf;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        this.throttle = throttle;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Asked before the verifier it wraps, which then never sees a request this one answered. */
    @Override
    public int priority() {
        return verifier.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        byte[] digest = ttlNanos > 0 ? digest(username, request.getPassword().getPassword()) : null;
        if (digest != null) {
            Entry known = entries.get(username);
            if (known != null && clock.getAsLong() - known.expiresAtNanos() < 0
                    && MessageDigest.isEqual(known.digest(), digest)) {
                return Uni.createFrom().item(known.identity());
            }
            Pending running = inFlight.get(username);
            if (running != null && MessageDigest.isEqual(running.digest, digest)) {
                return running.result;
            }
        }
        // Each bcrypt check is paid for with a token of the client's address and of the user name. A
        // client with no recent failures is still heard when the user's bucket is empty, so guessing
        // from elsewhere cannot lock the real user out; its first failure puts it under the user's limit.
        String address = "address:" + addressOf.apply(request);
        String user = "user:" + username;
        SignInThrottle.Take byAddress = throttle.take(address);
        if (!byAddress.taken()) {
            return throttled(request, byAddress.retryAfterSeconds());
        }
        SignInThrottle.Take byUser = throttle.take(user);
        if (!byUser.taken() && byAddress.hadFailures()) {
            throttle.giveBack(address);
            return throttled(request, byUser.retryAfterSeconds());
        }
        Uni<SecurityIdentity> check = verifier.authenticate(request, context).invoke(identity -> {
            if (identity != null && !identity.isAnonymous()) {
                throttle.giveBack(address);
                if (byUser.taken()) {
                    throttle.giveBack(user);
                }
                if (digest != null) {
                    remember(username, digest, identity);
                }
            }
        });
        if (digest == null) {
            return check;
        }
        Pending mine = new Pending(username, digest, check);
        inFlight.put(username, mine);
        return mine.result;
    }

    /**
     * Refuses without a check. The reason travels as the failure's cause and, since the HTTP layer may
     * replace the failure with its own, on the request too ({@link SignInThrottled#ATTRIBUTE}).
     */
    private static Uni<SecurityIdentity> throttled(UsernamePasswordAuthenticationRequest request, long retryAfterSeconds) {
        Metrics.counter("tidemark.signins.throttled").increment();
        SignInThrottled reason = new SignInThrottled(retryAfterSeconds);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            routing.put(SignInThrottled.ATTRIBUTE, reason);
        }
        return Uni.createFrom().failure(reason.asFailure());
    }

    /** The client's address as the HTTP layer saw it (behind a proxy, as quarkus.http.proxy.* resolves it). */
    static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        return routing.request().remoteAddress().hostAddress();
    }

    /** How many verified credentials are remembered now (for tests and diagnostics). */
    int size() {
        return entries.size();
    }

    private void remember(String username, byte[] digest, SecurityIdentity identity) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(digest, identity, clock.getAsLong() + ttlNanos));
    }

    private byte[] digest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            sha.update(bytes);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
