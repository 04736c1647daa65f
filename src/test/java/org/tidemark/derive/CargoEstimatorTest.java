package org.tidemark.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tidemark.derive.EventFixtures.CHONGJIN;
import static org.tidemark.derive.EventFixtures.NAMPO;
import static org.tidemark.derive.EventFixtures.VOSTOCHNY;
import static org.tidemark.derive.EventFixtures.event;

import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import org.tidemark.domain.CargoBand;
import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.Volume;
import org.tidemark.domain.VolumeUnit;

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
        // rounded once, in the estimate: 20,162.142 bbl -> 20,162; 2,702.7 t stays
        assertThat(e.barrels().central()).isEqualTo(20_162);
        assertThat(e.barrels().low()).isEqualTo(6_293);
        assertThat(e.barrels().high()).isEqualTo(25_526);
        assertThat(e.tonnes().central()).isEqualTo(2_702.7);
        assertThat(e.tonnes().low()).isEqualTo(991.0);
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
        assertThat(e.tonnes().low()).isEqualTo(2_470.6); // 21,000 / 8.50 = 2,470.588…
        assertThat(e.tonnes().high()).isEqualTo(3_307.1); // 21,000 / 6.35 = 3,307.086…
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

    @Test
    void aCapacityRangeFlowsIntoTheLowAndHighBandsAndItsMidpointIntoTheCentral() {
        // FACTS.md: the fleet runs 1,000-9,000 dwt; a hull known only to lie in 2,000-4,000 t of cargo
        TankerParticulars ranged = new TankerParticulars(1, null, null, null, null, false,
                new TankerParticulars.Range(2000, 4000), null, null);
        CargoEstimate e = estimator.estimate(ranged, loading);

        assertThat(e.tonnes().low()).isCloseTo(2000 * 0.33, within(1e-9));
        assertThat(e.tonnes().central()).isCloseTo(3000 * 0.90, within(1e-9));
        assertThat(e.tonnes().high()).isCloseTo(4000 * 1.00, within(1e-9));
        assertThat(e.barrels().low()).isEqualTo(Math.round(2000 * 0.33 * 6.35));
        assertThat(e.barrels().high()).isCloseTo(4000 * 8.50, within(1e-9));
        assertThat(e.inputs()).containsEntry("cargoCapacityLowT", 2000.0).containsEntry("cargoCapacityHighT", 4000.0)
                .containsEntry("cargoCapacityT", 3000.0).containsEntry("capacityBasis", "cargo capacity range as recorded")
                .containsEntry("capacityAssumed", false).containsKey("capacityRule");
    }

    @Test
    void aSingleCapacityInsideItsRangeIsTheCentralFigure() {
        TankerParticulars ranged = new TankerParticulars(1, null, 3500.0, null, null, false,
                new TankerParticulars.Range(2000, 4000), null, null);
        CargoEstimate e = estimator.estimate(ranged, loading);
        assertThat(e.tonnes().central()).isCloseTo(3500 * 0.90, within(1e-9));
        assertThat(e.tonnes().low()).isCloseTo(2000 * 0.33, within(1e-9));
        assertThatThrownBy(() -> new TankerParticulars(1, null, 5000.0, null, null, false,
                new TankerParticulars.Range(2000, 4000), null, null)).hasMessageContaining("outside its range");
    }

    @Test
    void aDeadweightRangeIsAnAssumedCapacityRange() {
        TankerParticulars ranged = new TankerParticulars(1, null, null, null, null, false, null,
                new TankerParticulars.Range(1000, 9000), null);
        CargoEstimate e = estimator.estimate(ranged, loading);
        assertThat(e.tonnes().low()).isCloseTo(1000 * 0.33, within(1e-9));
        assertThat(e.tonnes().central()).isCloseTo(5000 * 0.90, within(1e-9));
        assertThat(e.tonnes().high()).isCloseTo(9000, within(1e-9));
        assertThat(e.inputs()).containsEntry("deadweightLowT", 1000.0).containsEntry("deadweightHighT", 9000.0)
                .containsEntry("capacityAssumed", true)
                .containsEntry("capacityBasis", "assumed: deadweight range less the deadweight deduction");
    }

    @Test
    void anIllustrativeCapacityIsShownAsAssumedWithItsNoteNeverAsRecorded() {
        TankerParticulars assumed = new TankerParticulars(1, null, 3450.0, null, null, true, null, null,
                "ASSUMED cargo capacity 3,450 t (see the scenario note).");
        CargoEstimate e = estimator.estimate(assumed, loading);
        assertThat(e.inputs()).containsEntry("capacityAssumed", true)
                .containsEntry("capacityBasis", "assumed: cargo capacity")
                .containsEntry("capacityAssumption", "ASSUMED cargo capacity 3,450 t (see the scenario note).");
        assertThat(e.inputs().get("capacityBasis").toString()).doesNotContain("recorded");

        CargoEstimate fromDeadweight = estimator.estimate(new TankerParticulars(1, 3003.0, null, null, null), loading);
        assertThat(fromDeadweight.inputs()).containsEntry("capacityAssumed", true);
        assertThat(fromDeadweight.inputs().get("capacityAssumption").toString())
                .contains("deadweight less 0.0 %").contains("unsourced");
    }

    @Test
    void loadFactorsCarryTheirCitationAndAConfiguredFigureSaysItHasNone() {
        CargoEstimate e = estimator.estimate(new TankerParticulars(1, 3003.0, null, null, null), loading);
        assertThat(e.inputs().get("loadFactorLowBasis").toString()).contains("US submission").contains("one-third");
        assertThat(e.inputs().get("loadFactorCentralBasis").toString()).contains("around 90 per cent")
                .contains("almost full");
        assertThat(e.inputs().get("loadFactorHighBasis").toString()).startsWith("full");

        EstimationSettings configured = new EstimationSettings(EstimationSettings.DEFAULTS.low(),
                new EstimationSettings.Band(0.75, EstimationSettings.DEFAULTS.central().factor()),
                EstimationSettings.DEFAULTS.high(), 0.0);
        CargoEstimate other = new CargoEstimator(configured).estimate(new TankerParticulars(1, 3003.0, null, null, null), loading);
        assertThat(other.inputs().get("loadFactorCentralBasis").toString()).contains("no published source");
        assertThat(EstimationSettings.citationOf(0.6)).contains("UN member states (2022)");
        assertThat(EstimationSettings.citationOf(0.605)).contains("no published source");
    }

    @Test
    void everyReportedVolumeIsListedAndTheLatestAtTheLoadingPortIsUsed() {
        List<DerivationEvent> events = List.of(
                event(1, EventType.LOADING, "2024-03-07", VOSTOCHNY, null, Volume.barrels(12_000), false),
                event(2, EventType.DEPARTURE, "2024-03-09", VOSTOCHNY, LadenState.LADEN, Volume.barrels(21_000), false),
                event(3, EventType.DISCHARGE, "2024-03-12", CHONGJIN, null, Volume.barrels(9_000), false));
        CargoEstimate e = estimator.estimate(TankerParticulars.unknown(1), events);

        assertThat(e.barrels().central()).isEqualTo(21_000);
        assertThat(e.inputs()).containsEntry("reportedByEvent", 2L).containsKey("reportedVolumeRule");
        assertThat(e.inputs().get("reportedVolumeChoice").toString()).contains("event 2").contains("of 3 reports");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reports = (List<Map<String, Object>>) e.inputs().get("reportedVolumes");
        assertThat(reports).extracting(r -> r.get("eventId")).containsExactly(1L, 2L, 3L);
        assertThat(reports).extracting(r -> r.get("value")).containsExactly(12_000.0, 21_000.0, 9_000.0);
        assertThat(reports).extracting(r -> r.get("unit")).containsOnly("BARREL");
        assertThat(reports).extracting(r -> r.get("used")).containsExactly(false, true, false);
    }

    @Test
    void withNoReportAtTheLoadingPortTheLatestReportIsUsed() {
        List<DerivationEvent> events = List.of(
                event(1, EventType.SIGHTING, "2024-03-10", null, null, Volume.tonnes(2_000), false),
                event(2, EventType.DISCHARGE, "2024-03-12", NAMPO, null, Volume.tonnes(2_500), false));
        CargoEstimate e = estimator.estimate(TankerParticulars.unknown(1), events);
        assertThat(e.tonnes().central()).isEqualTo(2_500);
        assertThat(e.inputs().get("reportedVolumeChoice").toString()).contains("none was made at the loading port");
    }

    @Property
    void bandsRiseForAnyCapacityRangeAndFactorsAndStillRiseWhenRounded(
            @ForAll @DoubleRange(min = 1, max = 500_000) double a, @ForAll @DoubleRange(min = 1, max = 500_000) double b,
            @ForAll @DoubleRange(min = 0, max = 1) double where, @ForAll boolean single,
            @ForAll @DoubleRange(min = 0.01, max = 1) double f1, @ForAll @DoubleRange(min = 0.01, max = 1) double f2,
            @ForAll @DoubleRange(min = 0.01, max = 1) double f3, @ForAll boolean deadweight) {
        double[] factors = {f1, f2, f3};
        java.util.Arrays.sort(factors);
        EstimationSettings settings = new EstimationSettings(
                new EstimationSettings.Band(factors[0], EstimationSettings.DEFAULTS.low().factor()),
                new EstimationSettings.Band(factors[1], EstimationSettings.DEFAULTS.central().factor()),
                new EstimationSettings.Band(factors[2], EstimationSettings.DEFAULTS.high().factor()), 0.05);
        TankerParticulars.Range range = new TankerParticulars.Range(Math.min(a, b), Math.max(a, b));
        // clamped: low + 1.0 × (high − low) can land a hair above high in floating point
        Double inside = single ? Math.min(range.high(), range.low() + where * (range.high() - range.low())) : null;
        TankerParticulars tanker = deadweight
                ? new TankerParticulars(1, inside, null, null, null, false, null, range, null)
                : new TankerParticulars(1, null, inside, null, null, false, range, null, null);
        CargoEstimate e = new CargoEstimator(settings).estimate(tanker, loading);
        for (CargoBand band : List.of(e.barrels(), e.tonnes())) {
            assertThat(band.low()).isLessThanOrEqualTo(band.central());
            assertThat(band.central()).isLessThanOrEqualTo(band.high());
            VolumeUnit unit = band.unit();
            assertThat(unit.round(band.low())).isLessThanOrEqualTo(unit.round(band.central()));
            assertThat(unit.round(band.central())).isLessThanOrEqualTo(unit.round(band.high()));
        }
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
