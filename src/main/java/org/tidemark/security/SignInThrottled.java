package org.tidemark.security;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Why a sign-in was refused without checking the password: too many wrong ones lately. It travels as
 * the cause of an {@link AuthenticationFailedException} (a final class); the API answers 429 with Retry-After.
 */
public class SignInThrottled extends RuntimeException {

    /** The request attribute that carries it to the error mapper. */
    public static final String ATTRIBUTE = "tidemark.sign-in-throttled";

    private final long retryAfterSeconds;

    SignInThrottled(long retryAfterSeconds) {
        super("too many wrong passwords from this client or for this user; try again in " + retryAfterSeconds + " s", null,
                false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    AuthenticationFailedException asFailure() {
        return new AuthenticationFailedException(getMessage(), this);
    }
}
