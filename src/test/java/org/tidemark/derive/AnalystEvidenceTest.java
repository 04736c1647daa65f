package org.tidemark.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidemark.derive.EventFixtures.CHONGJIN;
import static org.tidemark.derive.EventFixtures.NAMPO;
import static org.tidemark.derive.EventFixtures.VOSTOCHNY;
import static org.tidemark.derive.EventFixtures.event;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.Volume;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.domain.VoyageStatus;

/**
 * The derivation on the evidence the 2024 case actually has, case by case as an analyst would put
 * it: berth sightings with AIS dark, discharges with no loading seen, windows known to the month,
 * transfers at sea, contradicting reports.
 */
class AnalystEvidenceTest {

    private final VoyageDeriver deriver = new VoyageDeriver(EstimationSettings.DEFAULTS);
    private final TankerParticulars tanker = new TankerParticulars(7, 3003.0, null, null, null);

    // 1. Separate calls

    @Test
    void seenAtTheBerthOnTheFirstAndTheTwentiethOfJuneIsTwoCallsNotOneLongStay() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.SIGHTING, "2024-06-01", VOSTOCHNY),
                event(2, EventType.SIGHTING, "2024-06-20", VOSTOCHNY)));

        assertThat(voyages).extracting(DerivedVoyage::status)
                .containsExactly(VoyageStatus.INFERRED, VoyageStatus.IN_PROGRESS);
        assertThat(voyages.get(0).loadingTo()).isEqualTo(Instant.parse("2024-06-02T00:00:00Z"));
        assertThat(voyages.get(1).loadingFrom()).isEqualTo(Instant.parse("2024-06-20T00:00:00Z"));
    }

    @Test
    void paekYangSan1AtVostochnyOnSevenMarchAndSevenAprilIsTwoTrips() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.SIGHTING, "2024-03-07", VOSTOCHNY),
                event(2, EventType.SIGHTING, "2024-04-07", VOSTOCHNY)));
        assertThat(voyages).hasSize(2);
    }

    @Test
    void sightingsTwoDaysApartAreOneStayAtTheBerth() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.SIGHTING, "2024-06-01", VOSTOCHNY),
                event(2, EventType.SIGHTING, "2024-06-03", VOSTOCHNY)));
        assertThat(voyages).singleElement().satisfies(v -> assertThat(v.eventIds()).containsExactly(1L, 2L));
    }

    @Test
    void twoReportedLoadingsAMonthApartKeepTheirOwnVolumes() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.LOADING, "2024-06-01", VOSTOCHNY, null, new Volume(20_000, VolumeUnit.BARREL), false),
                event(2, EventType.LOADING, "2024-07-01", VOSTOCHNY, null, new Volume(15_000, VolumeUnit.BARREL), false)));

        assertThat(voyages).hasSize(2);
        assertThat(voyages).allSatisfy(v -> assertThat(v.estimate().method()).isEqualTo(EstimateMethod.REPORTED_VOLUME));
        assertThat(voyages).extracting(v -> v.estimate().barrels().central()).containsExactly(20_000.0, 15_000.0);
    }

    @Test
    void theGapIsASetting() {
        VoyageDeriver patient = new VoyageDeriver(EstimationSettings.DEFAULTS,
                new DerivationRules(java.time.Duration.ofDays(30)));
        List<DerivationEvent> sightings = List.of(
                event(1, EventType.SIGHTING, "2024-06-01", VOSTOCHNY),
                event(2, EventType.SIGHTING, "2024-06-20", VOSTOCHNY));
        assertThat(patient.derive(tanker, sightings)).hasSize(1);
    }

    // 2. Deliveries with an unknown origin

    @Test
    void aDischargeAtChongjinWithNoLoadingSeenIsATripOfUnknownOrigin() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.DISCHARGE, "2024-03-20", CHONGJIN)));

        assertThat(voyages).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VoyageStatus.ORIGIN_UNKNOWN);
            assertThat(v.loadPortId()).isNull();
            assertThat(v.dischargePortId()).isEqualTo(CHONGJIN);
            assertThat(v.estimate().barrels()).isNotNull();
            assertThat(v.conflicts()).isEmpty();
        });
    }

    @Test
    void aLaterLoadingDoesNotSwallowTheEarlierDischarge() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.ARRIVAL, "2024-03-20", CHONGJIN),
                event(2, EventType.SIGHTING, "2024-04-07", VOSTOCHNY)));

        assertThat(voyages).extracting(DerivedVoyage::status)
                .containsExactly(VoyageStatus.ORIGIN_UNKNOWN, VoyageStatus.IN_PROGRESS);
    }

    @Test
    void aTankerMerelySeenAtItsHomePortDeliversNothing() {
        assertThat(deriver.derive(tanker, List.of(event(1, EventType.SIGHTING, "2024-03-20", NAMPO)))).isEmpty();
    }

    @Test
    void aSecondDischargeWithNoLoadingBetweenIsFlagged() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.SIGHTING, "2024-03-07", VOSTOCHNY),
                event(2, EventType.ARRIVAL, "2024-03-10", CHONGJIN),
                event(3, EventType.DEPARTURE, "2024-03-11", CHONGJIN),
                event(4, EventType.ARRIVAL, "2024-03-13", NAMPO)));

        assertThat(voyages).extracting(DerivedVoyage::status)
                .containsExactly(VoyageStatus.COMPLETE, VoyageStatus.ORIGIN_UNKNOWN);
        assertThat(voyages.get(1).conflicts()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Conflict.Kind.DISCHARGE_WITHOUT_LOADING));
    }

    @Test
    void anArrivalKnownToTheDayIsPartOfTheDischargeCallItCouldPrecedeNotASecondTrip() {
        // a press report says the tanker reached Nampo on 10 January; a photo shows the discharge at 12:08 and
        // AIS the departure in ballast at 20:44. The report's day ends after the departure, yet it is the same stay.
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.LOADING, "2024-01-07", VOSTOCHNY),
                event(3, EventType.ARRIVAL, "2024-01-10", NAMPO),
                EventFixtures.at(4, EventType.DISCHARGE, Instant.parse("2024-01-10T12:08:00Z"), NAMPO),
                EventFixtures.at(5, EventType.DEPARTURE, Instant.parse("2024-01-10T20:44:00Z"), NAMPO)));

        assertThat(voyages).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VoyageStatus.COMPLETE);
            assertThat(v.closingEventId()).isEqualTo(4L);
            assertThat(v.eventIds()).containsExactly(1L, 4L, 5L, 3L);
            assertThat(v.conflicts()).isEmpty();
        });
    }

    @Test
    void anArrivalThatCanOnlyFollowTheDepartureIsAnotherTrip() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.LOADING, "2024-01-07", VOSTOCHNY),
                EventFixtures.at(4, EventType.DISCHARGE, Instant.parse("2024-01-10T12:08:00Z"), NAMPO),
                EventFixtures.at(5, EventType.DEPARTURE, Instant.parse("2024-01-10T20:44:00Z"), NAMPO),
                event(6, EventType.ARRIVAL, "2024-01-11", NAMPO)));

        assertThat(voyages).extracting(DerivedVoyage::status)
                .containsExactly(VoyageStatus.COMPLETE, VoyageStatus.ORIGIN_UNKNOWN);
        assertThat(voyages.get(1).conflicts()).extracting(Conflict::kind)
                .containsExactly(Conflict.Kind.DISCHARGE_WITHOUT_LOADING);
    }

    // 3. Ship-to-ship transfers

    @Test
    void cargoReceivedAtSeaFromAnotherTankerIsADeliveryLoadedByTransfer() {
        long giver = 11;
        DerivationEvent transfer = transfer(1, "2024-05-10", giver, StsDirection.GAVE).seenFromCounterpart(giver);
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                transfer,
                event(2, EventType.ARRIVAL, "2024-05-13", NAMPO)));

        assertThat(voyages).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VoyageStatus.COMPLETE);
            assertThat(v.loadPortId()).isNull();
            assertThat(v.loadedFromTankerId()).isEqualTo(giver);
            assertThat(v.dischargePortId()).isEqualTo(NAMPO);
            assertThat(v.eventIds()).containsExactly(1L, 2L);
        });
    }

    @Test
    void theGiversOpenDeliveryRecordsTheTransfer() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.LOADING, "2024-05-07", VOSTOCHNY),
                transfer(2, "2024-05-10", 12, StsDirection.GAVE)));

        assertThat(voyages).singleElement().satisfies(v -> {
            assertThat(v.loadPortId()).isEqualTo(VOSTOCHNY);
            assertThat(v.eventIds()).containsExactly(1L, 2L);
            assertThat(v.loadedFromTankerId()).isNull();
        });
    }

    // 4. Windows

    @Test
    void aDischargeReportedForMarchClosesALoadingSeenOnTwelveMarch() {
        DerivationEvent marchDischarge = new DerivationEvent(2, EventType.ARRIVAL,
                TimeWindow.between(Instant.parse("2024-03-08T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z")),
                CHONGJIN, PortRole.DISCHARGE, null, null, null, null, false, null, "chongjin-march");
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.SIGHTING, "2024-03-12", VOSTOCHNY),
                marchDischarge));

        assertThat(voyages).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VoyageStatus.COMPLETE);
            assertThat(v.closingEventId()).isEqualTo(2L);
        });
    }

    // 5. Conflicts

    @Test
    void aBallastDepartureRecordedLaterKeepsTheDischargedVoyageAndSaysTheEvidenceConflicts() {
        List<DerivationEvent> before = List.of(
                event(1, EventType.SIGHTING, "2024-05-01", VOSTOCHNY),
                event(3, EventType.DISCHARGE, "2024-05-06", NAMPO));
        DerivedVoyage complete = deriver.derive(tanker, before).get(0);

        List<DerivedVoyage> after = deriver.derive(tanker, List.of(before.get(0),
                event(2, EventType.DEPARTURE, "2024-05-02", VOSTOCHNY, LadenState.BALLAST, null, false),
                before.get(1)));

        assertThat(after).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(complete.id());
            assertThat(v.status()).isEqualTo(VoyageStatus.COMPLETE);
            assertThat(v.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.eventId()).isEqualTo(2L);
                assertThat(c.kind()).isEqualTo(Conflict.Kind.BALLAST_DEPARTURE_WITH_CARGO);
                assertThat(c.explanation()).contains("ballast").contains("event 3");
            });
        });
    }

    @Test
    void aTankerSeenInBallastBeforeAnyDischargeIsFlagged() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.LOADING, "2024-05-01", VOSTOCHNY),
                event(2, EventType.SIGHTING, "2024-05-03", null, LadenState.BALLAST, null, false)));
        assertThat(voyages).singleElement().satisfies(v -> assertThat(v.conflicts())
                .extracting(Conflict::kind).containsExactly(Conflict.Kind.BALLAST_BEFORE_DISCHARGE));
    }

    // Confidence

    @Test
    void aVoyageIsAsCertainAsItsWeakerEnd() {
        DerivationEvent image = withConfidence(event(1, EventType.SIGHTING, "2024-05-01", VOSTOCHNY), 4);
        DerivationEvent press = withConfidence(event(2, EventType.ARRIVAL, "2024-05-05", CHONGJIN), 2);
        DerivationEvent atSea = withConfidence(event(3, EventType.AIS_OFF, "2024-05-02", null), 1);

        assertThat(deriver.derive(tanker, List.of(image, atSea, press))).singleElement()
                .satisfies(v -> assertThat(v.confidence()).isEqualTo(2));
        assertThat(deriver.derive(tanker, List.of(image, atSea))).singleElement()
                .satisfies(v -> assertThat(v.confidence()).isEqualTo(4));
    }

    static DerivationEvent transfer(long id, String day, long counterpart, StsDirection direction) {
        DerivationEvent at = event(id, EventType.SHIP_TO_SHIP, day, null);
        return new DerivationEvent(id, at.type(), at.time(), null, null, null, null, null, null, false, null,
                at.contentKey(), 3, counterpart, direction);
    }

    static DerivationEvent withConfidence(DerivationEvent e, int confidence) {
        return new DerivationEvent(e.id(), e.type(), e.time(), e.portId(), e.portRole(), e.ladenState(),
                e.observedDraftM(), e.reportedVolume(), e.product(), e.illustrative(), e.retractsEventId(),
                e.contentKey() + "c" + confidence, confidence, e.counterpartTankerId(), e.stsDirection());
    }
}
