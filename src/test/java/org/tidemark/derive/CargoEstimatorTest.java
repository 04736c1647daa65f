package org.tidemark.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tidemark.derive.EventFixtures.VOSTOCHNY;
import static org.tidemark.derive.EventFixtures.event;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.Volume;

class CargoEstimatorTest {

    private final CargoEstimator estimator = new CargoEstimator(EstimationSettings.DEFAULTS);
    private final List<DerivationEvent> loading = List.of(event(1, EventType.LOADING, "2024-03-07", VOSTOCHNY));

    @Test
    void reproducesTheWorkedExampleInFacts() {
        // FACTS.md: 3,003 dwt, capacity = dwt -> low ~ 6,300, central ~ 20,200, high ~ 25,500 bbl
        CargoEstimate e = estimator.estimate(new TankerParticulars(1, 3003.0, null, null, null), loading);

        assertThat(e.method()).isEqualTo(EstimateMethod.CAPACITY_LOAD_FACTOR);
        assertThat(roundToHundreds(e.barrels().low())).isEqualTo(6_300);
        assertThat(roundToHundreds(e.barrels().central())).isEqualTo(20_200);
        assertThat(roundToHundreds(e.barrels().high())).isEqualTo(25_500);
        assertThat(e.barrels().central()).isCloseTo(3003 * 0.90 * 7.46, within(1e-6));
        assertThat(e.tonnes().central()).isCloseTo(3003 * 0.90, within(1e-6));
        assertThat(e.inputs()).containsEntry("productCentralTable", "BP").containsEntry("productHighTable", "UNSD")
                .containsEntry("loadFactorLow", 0.33).containsEntry("deadweightT", 3003.0);
    }

    @Test
    void aRecordedCargoCapacityWinsOverDeadweight() {
        CargoEstimate e = estimator.estimate(new TankerParticulars(1, 3003.0, 2500.0, null, null), loading);
        assertThat(e.tonnes().high()).isEqualTo(2500.0);
        assertThat(e.inputs()).containsEntry("capacityBasis", "cargo capacity as recorded").doesNotContainKey("deadweightT");
    }

    @Test
    void theDeadweightDeductionLowersCapacity() {
        EstimationSettings tenPercent = new EstimationSettings(EstimationSettings.DEFAULTS.low(),
                EstimationSettings.DEFAULTS.central(), EstimationSettings.DEFAULTS.high(), 0.10);
        CargoEstimate e = new CargoEstimator(tenPercent).estimate(new TankerParticulars(1, 3000.0, null, null, null), loading);
        assertThat(e.tonnes().high()).isCloseTo(2700.0, within(1e-9));
    }

    @Test
    void aReportedVolumeWinsOverDraftAndCapacity() {
        List<DerivationEvent> events = List.of(
                event(1, EventType.LOADING, "2024-03-07", VOSTOCHNY, LadenState.LADEN, Volume.barrels(21_000), false));
        CargoEstimate e = estimator.estimate(new TankerParticulars(1, 3003.0, null, 10.0, 3.0), events);
        assertThat(e.method()).isEqualTo(EstimateMethod.REPORTED_VOLUME);
        assertThat(e.barrels().low()).isEqualTo(21_000);
        assertThat(e.barrels().high()).isEqualTo(21_000);
        assertThat(e.tonnes().low()).isCloseTo(21_000 / 8.50, within(1e-9));
        assertThat(e.tonnes().high()).isCloseTo(21_000 / 6.35, within(1e-9));
    }

    @Test
    void aReportedTonnageSpreadsOverTheProductFactors() {
        List<DerivationEvent> events = List.of(
                event(1, EventType.LOADING, "2024-03-07", VOSTOCHNY, null, Volume.tonnes(1000), false));
        CargoEstimate e = estimator.estimate(TankerParticulars.unknown(1), events);
        assertThat(e.barrels().low()).isCloseTo(6350, within(1e-9));
        assertThat(e.barrels().central()).isCloseTo(7460, within(1e-9));
        assertThat(e.barrels().high()).isCloseTo(8500, within(1e-9));
        assertThat(e.tonnes().central()).isEqualTo(1000);
    }

    @Test
    void draftChangeIsUsedWhenTpcAndBothDraftsAreKnown() {
        DerivationEvent ballast = new DerivationEvent(1, EventType.ARRIVAL, event(1, EventType.ARRIVAL, "2024-03-06", VOSTOCHNY).time(),
                VOSTOCHNY, EventFixtures.roleOf(VOSTOCHNY), LadenState.BALLAST, 2.5, null, null, false, null, "a");
        DerivationEvent laden = new DerivationEvent(2, EventType.DEPARTURE, event(2, EventType.DEPARTURE, "2024-03-08", VOSTOCHNY).time(),
                VOSTOCHNY, EventFixtures.roleOf(VOSTOCHNY), LadenState.LADEN, 5.5, null, null, false, null, "b");
        CargoEstimate e = estimator.estimate(new TankerParticulars(1, 3003.0, null, 9.0, null), List.of(ballast, laden));
        assertThat(e.method()).isEqualTo(EstimateMethod.DRAFT_CHANGE);
        assertThat(e.tonnes().central()).isCloseTo(9.0 * 300, within(1e-9));
        assertThat(e.inputs()).containsEntry("ladenDraftM", 5.5).containsEntry("ballastDraftM", 2.5);
    }

    @Test
    void draftChangeFallsBackToCapacityWithoutABallastDraft() {
        CargoEstimate e = estimator.estimate(new TankerParticulars(1, 3003.0, null, 9.0, null), loading);
        assertThat(e.method()).isEqualTo(EstimateMethod.CAPACITY_LOAD_FACTOR);
    }

    @Test
    void noCapacityNoEstimate() {
        CargoEstimate e = estimator.estimate(TankerParticulars.unknown(1), loading);
        assertThat(e.method()).isEqualTo(EstimateMethod.NONE);
        assertThat(e.barrels()).isNull();
        assertThat(e.inputs()).containsKey("reason");
    }

    @Property
    void bandsAreOrderedForAnyCapacity(@ForAll @DoubleRange(min = 1, max = 500_000) double deadweight) {
        CargoEstimate e = estimator.estimate(new TankerParticulars(1, deadweight, null, null, null), loading);
        assertThat(e.barrels().low()).isLessThanOrEqualTo(e.barrels().central());
        assertThat(e.barrels().central()).isLessThanOrEqualTo(e.barrels().high());
        assertThat(e.tonnes().low()).isLessThanOrEqualTo(e.tonnes().central());
        assertThat(e.tonnes().central()).isLessThanOrEqualTo(e.tonnes().high());
    }

    private static long roundToHundreds(double barrels) {
        return Math.round(barrels / 100.0) * 100;
    }
}
