package org.tidemark.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tidemark.claim.ClaimVerdict.Outcome;
import org.tidemark.domain.ClaimComparator;
import org.tidemark.domain.ClaimSubject;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.Composition;
import org.tidemark.query.DesignatedShare;
import org.tidemark.query.VoyageView;

/** The verdict rules, case by case as an analyst states them, on a tracked band of 600,000 / 1,000,000 / 1,300,000 bbl. */
class ClaimVerdictTest {

    @ParameterizedTest(name = "{0} {1} bbl → {2} by the {3} band")
    @CsvSource({
            // OSC/BBC: "over 1,000,000 barrels" (FACTS.md)
            "MORE_THAN, 900000,  SUPPORTED,    central",
            "MORE_THAN, 1000000, POSSIBLE,     high",
            "MORE_THAN, 1300000, CONTRADICTED, high",
            "LESS_THAN, 1100000, SUPPORTED,    central",
            "LESS_THAN, 1000000, POSSIBLE,     low",
            "LESS_THAN, 600000,  CONTRADICTED, low",
            "ABOUT,     1050000, SUPPORTED,    central",
            "ABOUT,     1400000, POSSIBLE,     high",
            "ABOUT,     1500000, CONTRADICTED, high",
            "ABOUT,     580000,  POSSIBLE,     low",
            "ABOUT,     500000,  CONTRADICTED, low",
            "EXACTLY,   1000000, SUPPORTED,    central",
            "EXACTLY,   1200000, POSSIBLE,     high",
            "EXACTLY,   2000000, CONTRADICTED, high",
            "EXACTLY,   100000,  CONTRADICTED, low",
    })
    void aVolumeClaimIsJudgedByTheBandItsRuleNames(ClaimComparator comparator, double claimed, Outcome outcome, String band) {
        ClaimVerdict v = ClaimVerdict.of(claim(ClaimSubject.VOLUME, comparator, claimed), tracked(600_000, 1_000_000, 1_300_000, 43));
        assertThat(v.outcome()).isEqualTo(outcome);
        assertThat(v.band()).isEqualTo(band);
        assertThat(v.rule()).isEqualTo(ClaimVerdict.rule(comparator));
        assertThat(v.reason()).startsWith(outcome.name().toLowerCase()).contains("the " + band + " estimate");
    }

    @ParameterizedTest(name = "{0} {1} trips → {2}")
    @CsvSource({
            "MORE_THAN, 40, SUPPORTED",
            "MORE_THAN, 43, CONTRADICTED",
            "ABOUT,     43, SUPPORTED",
            "ABOUT,     50, CONTRADICTED",
            "LESS_THAN, 44, SUPPORTED",
            "EXACTLY,   42, CONTRADICTED",
    })
    void aCountSupportsOrContradicts(ClaimComparator comparator, double claimed, Outcome outcome) {
        ClaimVerdict v = ClaimVerdict.of(claim(ClaimSubject.TRIPS, comparator, claimed), tracked(600_000, 1_000_000, 1_300_000, 43));
        assertThat(v.outcome()).isEqualTo(outcome);
        assertThat(v.band()).isEqualTo("count");
        assertThat(v.rule()).endsWith(ClaimVerdict.COUNT_NOTE);
        assertThat(v.reason()).contains("the tracked count, 43,");
    }

    @Property
    void theVerdictIsContradictedExactlyWhenTheBandCannotMeetTheClaim(
            @ForAll @DoubleRange(min = 0, max = 2e6) double a, @ForAll @DoubleRange(min = 0, max = 2e6) double b,
            @ForAll @DoubleRange(min = 0, max = 2e6) double c, @ForAll @DoubleRange(min = 1, max = 2e6) double claimed,
            @ForAll ClaimComparator comparator) {
        double[] band = {a, b, c};
        java.util.Arrays.sort(band);
        Reconciliation.Tracked t = tracked(band[0], band[1], band[2], 1);
        ClaimVerdict v = ClaimVerdict.of(claim(ClaimSubject.VOLUME, comparator, claimed), t);
        double low = t.volume().low();
        double high = t.volume().high();
        boolean meetable = switch (comparator) {
            case MORE_THAN -> high > claimed;
            case LESS_THAN -> low < claimed;
            case EXACTLY -> low <= claimed && claimed <= high;
            case ABOUT -> high >= claimed * 0.9 && low <= claimed * 1.1;
        };
        assertThat(v.outcome() != Outcome.CONTRADICTED).isEqualTo(meetable);
    }

    private static ClaimView claim(ClaimSubject subject, ClaimComparator comparator, double value) {
        return new ClaimView(1, "Open Source Centre", null, subject, comparator, value,
                subject == ClaimSubject.VOLUME ? VolumeUnit.BARREL : null, LocalDate.of(2024, 3, 7),
                LocalDate.of(2024, 11, 5), null, null);
    }

    private static Reconciliation.Tracked tracked(double low, double central, double high, long trips) {
        return new Reconciliation.Tracked(LocalDate.of(2024, 3, 7), LocalDate.of(2024, 11, 5), null, trips, 12,
                new VoyageView.Band(low, central, high, VolumeUnit.BARREL), 0, Composition.NONE, DesignatedShare.NONE);
    }
}
