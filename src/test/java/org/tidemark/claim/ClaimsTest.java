package org.tidemark.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tidemark.Fixtures;
import org.tidemark.Trips;
import org.tidemark.query.FilterResolver;
import org.tidemark.domain.ClaimComparator;
import org.tidemark.domain.ClaimSubject;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.TimelineFilter;

/**
 * Claims over March 2019 at one fresh loading port. Every voyage is a 3,003 dwt tanker's:
 * low 6,292.7865, central 20,162.142, high 25,525.5 bbl (990.99 / 2,702.7 / 3,003 t) before rounding.
 *
 * <pre>
 *   B: 03-01, 03-10, 03-20 (illustrative), 03-31        → 4 in the period (its last day included)
 *   E: 02-28 (before), 03-15, 04-01 (after)              → 1 in the period
 *   (each estimate rounded when made: 6,293 / 20,162 / 25,526 bbl, 991 / 2,702.7 / 3,003 t)
 *   March: 5 trips, 2 tankers; low 31,465, central 100,810, high 127,630 bbl
 *                            tonnes 4,955 / 13,513.5 / 15,015
 *   documented only: 4 trips; low 25,172, central 80,648, high 102,104 bbl
 * </pre>
 */
@QuarkusTest
@TestSecurity(user = "test-analyst", roles = {"viewer", "analyst"})
class ClaimsTest {

    private static final double CENT = 1e-6;

    private static Fixtures f;
    private static String e;

    @Inject
    Claims claims;
    @Inject
    FilterResolver arguments;

    @BeforeEach
    void march2019() {
        if (f == null) {
            f = Fixtures.create();
            e = Trips.tanker(f, "Echo", Map.of("deadweightT", 3003));
            Trips.trip(f, f.tanker, "2019-03-01", f.dischargePort, Map.of());
            Trips.trip(f, f.tanker, "2019-03-10", f.dischargePort, Map.of());
            Trips.trip(f, f.tanker, "2019-03-20", f.dischargePort, Map.of("illustrative", true));
            Trips.trip(f, f.tanker, "2019-03-31", f.dischargePort, Map.of());
            Trips.trip(f, e, "2019-02-28", f.dischargePort, Map.of());
            Trips.trip(f, e, "2019-03-15", f.dischargePort, Map.of());
            Trips.trip(f, e, "2019-04-01", f.dischargePort, Map.of());
        }
    }

    @Test
    void tripsAboutFiveAtThePort() {
        ClaimView claim = record(ClaimSubject.TRIPS, ClaimComparator.ABOUT, 5, null, f.loadingPort);

        Reconciliation r = claims.reconcile(claim.id(), TimelineFilter.ALL);
        assertThat(r.tracked().trips()).isEqualTo(5);
        assertThat(r.tracked().vessels()).isEqualTo(2);
        assertThat(r.tracked().volume().central()).isEqualTo(100_810);
        assertThat(r.tracked().loadPort().name()).isEqualTo(f.loadingPort);
        assertThat(r.difference().central()).isZero();
        assertThat(r.difference().ratio()).isEqualTo(1.0);
        assertThat(r.consistent()).isTrue();
        assertThat(r.includesIllustrative()).isTrue();
        assertThat(r.summary()).isEqualTo("tracked 5 of about 5 claimed trips loading at " + f.loadingPort
                + "; central estimate 0.1 M bbl (tracked figures include illustrative data)");

        Reconciliation documented = claims.reconcile(claim.id(), TimelineFilter.ALL.withIllustrative(false));
        assertThat(documented.tracked().trips()).isEqualTo(4);
        assertThat(documented.illustrative()).isFalse();
        assertThat(documented.includesIllustrative()).isFalse();
        // |4 − 5| = 1 is more than 10 % of 5
        assertThat(documented.consistent()).isFalse();
        assertThat(documented.difference().central()).isEqualTo(-1);
        assertThat(documented.summary()).isEqualTo("tracked 4 of about 5 claimed trips loading at " + f.loadingPort
                + "; central estimate 80,648 bbl");
    }

    @Test
    void volumeMoreThanAHundredAndTwentyThousandBarrels() {
        ClaimView claim = record(ClaimSubject.VOLUME, ClaimComparator.MORE_THAN, 120_000, VolumeUnit.BARREL, f.loadingPort);

        Reconciliation all = claims.reconcile(claim.id(), TimelineFilter.ALL);
        // the band 31,465 … 127,630 reaches past 120,000, the central 100,810 does not: possible, by the high band
        assertThat(all.consistent()).isTrue();
        assertThat(all.verdict().outcome()).isEqualTo(ClaimVerdict.Outcome.POSSIBLE);
        assertThat(all.verdict().band()).isEqualTo("high");
        assertThat(all.verdict().rule()).isEqualTo(ClaimVerdict.MORE_THAN_RULE);
        assertThat(all.verdict().reason()).isEqualTo("possible: only the high estimate, 0.13 M bbl, meets the claim"
                + " (> 0.12 M bbl)");
        assertThat(all.difference().central()).isEqualTo(100_810 - 120_000);
        assertThat(all.difference().low()).isEqualTo(31_465 - 120_000);
        assertThat(all.difference().high()).isEqualTo(127_630 - 120_000);
        assertThat(all.difference().ratio()).isEqualTo(0.840); // 100,810 / 120,000 to 0.1 %
        assertThat(all.difference().unit()).isEqualTo(VolumeUnit.BARREL);

        Reconciliation documented = claims.reconcile(claim.id(), TimelineFilter.ALL.withIllustrative(false));
        // the band 25,172 … 102,104 stays below it: even the high band does not exceed it
        assertThat(documented.consistent()).isFalse();
        assertThat(documented.verdict().outcome()).isEqualTo(ClaimVerdict.Outcome.CONTRADICTED);
        assertThat(documented.verdict().band()).isEqualTo("high");
        assertThat(documented.summary()).isEqualTo("tracked 4 trips loading at " + f.loadingPort
                + "; central estimate 80,648 bbl (low 25,172 bbl, high 0.1 M bbl) against a claimed > 0.12 M bbl");
    }

    @Test
    void volumeInTonnesIsComparedInTonnes() {
        ClaimView claim = record(ClaimSubject.VOLUME, ClaimComparator.ABOUT, 13_000, VolumeUnit.TONNE, f.loadingPort);

        Reconciliation r = claims.reconcile(claim.id(), TimelineFilter.ALL);
        assertThat(r.tracked().volume().unit()).isEqualTo(VolumeUnit.TONNE);
        assertThat(r.tracked().volume().low()).isEqualTo(4_955);
        assertThat(r.tracked().volume().central()).isEqualTo(13_513.5);
        assertThat(r.tracked().volume().high()).isEqualTo(15_015);
        assertThat(r.difference().central()).isEqualTo(513.5);
        // 11,700 … 14,300 overlaps the band
        assertThat(r.consistent()).isTrue();
    }

    @Test
    void vesselsMoreThanTwoIsNotMetByTwo() {
        ClaimView claim = record(ClaimSubject.VESSELS, ClaimComparator.MORE_THAN, 2, null, f.loadingPort);

        Reconciliation r = claims.reconcile(claim.id(), TimelineFilter.ALL);
        assertThat(r.tracked().vessels()).isEqualTo(2);
        assertThat(r.consistent()).isFalse();
        assertThat(r.summary()).isEqualTo("tracked 2 distinct tankers loading at " + f.loadingPort
                + " against more than 2 claimed (tracked figures include illustrative data)");
    }

    @Test
    void aClaimWithoutPortCountsEverywhereUnderTheExtraFilter() {
        ClaimView claim = claims.record(new NewClaim(null, f.source, ClaimSubject.TRIPS, ClaimComparator.EXACTLY, 3.0, null,
                LocalDate.parse("2019-02-01"), LocalDate.parse("2019-04-30"), null, "three trips"));

        Reconciliation r = claims.reconcile(claim.id(), TimelineFilter.ALL.withTanker(arguments.tankerId(e)));
        assertThat(r.tracked().trips()).isEqualTo(3);
        assertThat(r.consistent()).isTrue();
        assertThat(r.summary()).isEqualTo("tracked 3 of 3 claimed trips; central estimate 60,486 bbl");
        assertThat(claim.publisher()).as("taken from the source").isEqualTo("Test publisher");
        assertThat(claim.source().key()).isEqualTo(f.source);
    }

    @Test
    void claimsAreListedByOverlappingPeriod() {
        ClaimView claim = record(ClaimSubject.TRIPS, ClaimComparator.ABOUT, 5, null, f.loadingPort);

        assertThat(claims.claims(LocalDate.parse("2019-03-31"), LocalDate.parse("2019-04-30"))).contains(claim);
        assertThat(claims.claims(LocalDate.parse("2019-04-01"), null)).doesNotContain(claim);
        assertThat(claims.claims(null, LocalDate.parse("2019-02-28"))).doesNotContain(claim);
        assertThat(claims.claim(claim.id())).contains(claim);
    }

    @Test
    void refusesInconsistentClaims() {
        assertInvalid(new NewClaim("P", null, ClaimSubject.VOLUME, ClaimComparator.ABOUT, 1.0, null, day(1), day(2), null,
                null), DomainException.Kind.INVALID, "unit");
        assertInvalid(new NewClaim("P", null, ClaimSubject.VOLUME, ClaimComparator.ABOUT, 1.0, VolumeUnit.CUBIC_METRE,
                day(1), day(2), null, null), DomainException.Kind.INVALID, "unit");
        assertInvalid(new NewClaim("P", null, ClaimSubject.TRIPS, ClaimComparator.ABOUT, 4.0, VolumeUnit.BARREL, day(1),
                day(2), null, null), DomainException.Kind.INVALID, "unit");
        assertInvalid(new NewClaim("P", null, ClaimSubject.TRIPS, ClaimComparator.ABOUT, 4.5, null, day(1), day(2), null,
                null), DomainException.Kind.INVALID, "value");
        assertInvalid(new NewClaim("P", null, ClaimSubject.TRIPS, ClaimComparator.ABOUT, 4.0, null, day(2), day(1), null,
                null), DomainException.Kind.INVALID, "periodTo");
        assertInvalid(new NewClaim(null, null, ClaimSubject.TRIPS, ClaimComparator.ABOUT, 4.0, null, day(1), day(2), null,
                null), DomainException.Kind.INVALID, "publisher");
        assertInvalid(new NewClaim("P", "no-such-source", ClaimSubject.TRIPS, ClaimComparator.ABOUT, 4.0, null, day(1),
                day(2), null, null), DomainException.Kind.UNPROCESSABLE, "source");
        assertInvalid(new NewClaim("P", null, ClaimSubject.TRIPS, ClaimComparator.ABOUT, 4.0, null, day(1), day(2),
                f.dischargePort, null), DomainException.Kind.UNPROCESSABLE, "port");
        assertThatThrownBy(() -> claims.reconcile(Long.MAX_VALUE, TimelineFilter.ALL))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    private ClaimView record(ClaimSubject subject, ClaimComparator comparator, double value, VolumeUnit unit, String port) {
        return claims.record(new NewClaim("Test analysts", f.source, subject, comparator, value, unit,
                LocalDate.parse("2019-03-01"), LocalDate.parse("2019-03-31"), port, null));
    }

    private void assertInvalid(NewClaim claim, DomainException.Kind kind, String field) {
        assertThatThrownBy(() -> claims.record(claim)).as(field).isInstanceOfSatisfying(DomainException.class, x -> {
            assertThat(x.kind()).isEqualTo(kind);
            assertThat(x.field()).isEqualTo(field);
        });
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2019, 3, day);
    }
}
