package org.tidemark.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bounds how many wrong passwords one key (a user name, a client address) can make Tidemark check
 * with bcrypt: a bucket of {@code burst} attempts per key, refilled by one every {@code refill}.
 * An attempt takes a token before the check and gives it back when the password was right, so only
 * failures count. Pure: the clock is passed in.
 */
final class SignInThrottle {

    /** Past this many keys, buckets that are full again (no recent failures) are forgotten. */
    static final int MAX_KEYS = 100_000;

    private final int burst;
    private final long refillNanos;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SignInThrottle(int burst, Duration refill, LongSupplier clock) {
        if (burst < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("a sign-in throttle needs a burst of at least 1 and a positive refill period");
        }
        this.burst = burst;
        this.refillNanos = refill.toNanos();
        this.clock = clock;
    }

    /** The outcome of asking for a token. */
    record Take(boolean taken, boolean hadFailures, long retryAfterSeconds) {
    }

    /** Takes one attempt for {@code key} if one is left. */
    Take take(String key) {
        if (buckets.size() >= MAX_KEYS) {
            long now = clock.getAsLong();
            buckets.values().removeIf(b -> b.full(now));
            if (buckets.size() >= MAX_KEYS) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(clock.getAsLong())).take(clock.getAsLong());
    }

    /** Gives back the token of an attempt that succeeded. */
    void giveBack(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            bucket.giveBack(clock.getAsLong());
        }
    }

    private final class Bucket {
        /** A new key starts with its whole allowance. */
        private double tokens = burst;
        private long updatedNanos;

        Bucket(long now) {
            updatedNanos = now;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (double) (now - updatedNanos) / refillNanos);
            updatedNanos = now;
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        synchronized Take take(long now) {
            refill(now);
            boolean hadFailures = tokens < burst;
            if (tokens >= 1) {
                tokens -= 1;
                return new Take(true, hadFailures, 0);
            }
            long waitNanos = (long) Math.ceil((1 - tokens) * refillNanos);
            return new Take(false, true, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }

        synchronized void giveBack(long now) {
            refill(now);
            tokens = Math.min(burst, tokens + 1);
        }
    }
}
