package org.tidemark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

/** The cache in front of the password check, with a verifier that counts the checks it makes. */
class VerifiedCredentialsTest {

    /** Accepts one password per user ("right") and counts how often it was asked; answers once {@code bcrypt} is done. */
    static final class CountingVerifier implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        final AtomicInteger checks = new AtomicInteger();
        CompletableFuture<Void> bcrypt = CompletableFuture.completedFuture(null);

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            checks.incrementAndGet();
            return Uni.createFrom().completionStage(bcrypt).map(done -> {
                if (!new String(request.getPassword().getPassword()).equals("right")) {
                    throw new AuthenticationFailedException();
                }
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(request.getUsername())).addRole(Roles.ANALYST).build();
            });
        }
    }

    private final CountingVerifier verifier = new CountingVerifier();
    private final AtomicLong now = new AtomicLong();
    private final VerifiedCredentials cache = new VerifiedCredentials(verifier, Duration.ofSeconds(60), now::get, new SignInThrottle(1000, Duration.ofSeconds(1), now::get), r -> "127.0.0.1");

    @Test
    void aVerifiedPasswordIsCheckedOncePerPeriod() {
        assertThat(signIn("ana", "right").getPrincipal().getName()).isEqualTo("ana");
        assertThat(signIn("ana", "right").hasRole(Roles.ANALYST)).isTrue();
        assertThat(verifier.checks).hasValue(1);

        now.addAndGet(Duration.ofSeconds(61).toNanos());
        signIn("ana", "right");
        assertThat(verifier.checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeEvenAfterTheRightOne() {
        signIn("ana", "right");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("ana", "wrong")).isInstanceOf(AuthenticationFailedException.class);
        }
        assertThat(verifier.checks).hasValue(4);
        assertThat(signIn("ana", "right").getPrincipal().getName()).isEqualTo("ana");
    }

    @Test
    void anotherUsersPasswordDoesNotOpenARememberedAccount() {
        signIn("ana", "right");
        assertThatThrownBy(() -> signIn("bo", "wrong")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(signIn("bo", "right").getPrincipal().getName()).isEqualTo("bo");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aZeroPeriodChecksEveryRequest() {
        VerifiedCredentials off = new VerifiedCredentials(verifier, Duration.ZERO, now::get, new SignInThrottle(1000, Duration.ofSeconds(1), now::get), r -> "127.0.0.1");
        off.authenticate(request("ana", "right"), null).await().indefinitely();
        off.authenticate(request("ana", "right"), null).await().indefinitely();
        assertThat(verifier.checks).hasValue(2);
        assertThat(off.size()).isZero();
    }

    @Test
    void wrongPasswordsBeyondTheAllowanceAreRefusedWithoutACheckUntilTheBucketRefills() {
        VerifiedCredentials throttled = throttled(3);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(throttled, "ana", "wrong", "10.0.0.1"))
                    .isInstanceOf(AuthenticationFailedException.class).hasNoCause();
        }
        assertThatThrownBy(() -> signIn(throttled, "ana", "wrong", "10.0.0.1"))
                .cause().isInstanceOfSatisfying(SignInThrottled.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(2));
        assertThatThrownBy(() -> signIn(throttled, "ana", "right", "10.0.0.1")).hasCauseInstanceOf(SignInThrottled.class);
        assertThat(verifier.checks).as("bcrypt ran only for the allowed attempts").hasValue(3);

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(signIn(throttled, "ana", "right", "10.0.0.1").getPrincipal().getName()).isEqualTo("ana");
    }

    @Test
    void aGuesserElsewhereDoesNotLockOutTheRealUserFromACleanAddress() {
        VerifiedCredentials throttled = throttled(3);
        for (int client = 1; client <= 5; client++) {
            String address = "10.0.1." + client;
            for (int i = 0; i < 4; i++) {
                try {
                    signIn(throttled, "ana", "wrong", address);
                } catch (AuthenticationFailedException expected) {
                    // refused, checked or not
                }
            }
        }
        assertThat(verifier.checks).as("three for the user's allowance, one more per new address").hasValue(3 + 4);
        assertThat(signIn(throttled, "ana", "right", "10.0.2.1").getPrincipal().getName()).isEqualTo("ana");
        assertThatThrownBy(() -> signIn(throttled, "ana", "wrong", "10.0.1.1")).hasCauseInstanceOf(SignInThrottled.class);
    }

    @Test
    void requestsThatBringTheSameCredentialsDuringACheckWaitForItAndAreNotThrottled() {
        CompletableFuture<Void> bcrypt = new CompletableFuture<>();
        verifier.bcrypt = bcrypt;
        VerifiedCredentials provider = throttled(3);
        List<CompletableFuture<SecurityIdentity>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            UsernamePasswordAuthenticationRequest request = request("ana", "right");
            request.setAttribute("test-address", "10.0.3.1");
            answers.add(provider.authenticate(request, null).subscribeAsCompletionStage());
        }
        UsernamePasswordAuthenticationRequest other = request("ana", "wrong");
        other.setAttribute("test-address", "10.0.3.1");
        CompletableFuture<SecurityIdentity> guess = provider.authenticate(other, null).subscribeAsCompletionStage();
        assertThat(verifier.checks).as("one check for the 16 alike, one for the other password").hasValue(2);

        bcrypt.complete(null);
        for (CompletableFuture<SecurityIdentity> answer : answers) {
            assertThat(answer.join().getPrincipal().getName()).isEqualTo("ana");
        }
        assertThatThrownBy(guess::join).hasCauseInstanceOf(AuthenticationFailedException.class);
        assertThat(signIn(provider, "ana", "right", "10.0.3.1").getPrincipal().getName()).isEqualTo("ana");
        assertThat(verifier.checks).as("remembered once verified").hasValue(2);
    }

    private VerifiedCredentials throttled(int allowance) {
        return new VerifiedCredentials(verifier, Duration.ofSeconds(60), now::get,
                new SignInThrottle(allowance, Duration.ofSeconds(2), now::get), VerifiedCredentialsTest::address);
    }

    private static String address(UsernamePasswordAuthenticationRequest request) {
        return (String) request.getAttribute("test-address");
    }

    private static SecurityIdentity signIn(VerifiedCredentials provider, String username, String password, String address) {
        UsernamePasswordAuthenticationRequest request = request(username, password);
        request.setAttribute("test-address", address);
        return provider.authenticate(request, null).await().indefinitely();
    }

    @Test
    void itIsAskedBeforeTheVerifierItWraps() {
        assertThat(cache.priority()).isGreaterThan(verifier.priority());
    }

    private SecurityIdentity signIn(String username, String password) {
        return cache.authenticate(request(username, password), null).await().indefinitely();
    }

    private static UsernamePasswordAuthenticationRequest request(String username, String password) {
        return new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(password.toCharArray()));
    }
}
