package org.tidemark.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidemark.derive.EventFixtures.CHONGJIN;
import static org.tidemark.derive.EventFixtures.NAMPO;
import static org.tidemark.derive.EventFixtures.VOSTOCHNY;
import static org.tidemark.derive.EventFixtures.event;
import static org.tidemark.derive.EventFixtures.retraction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.VoyageStatus;

class VoyageDeriverTest {

    private final VoyageDeriver deriver = new VoyageDeriver(EstimationSettings.DEFAULTS);
    private final TankerParticulars tanker = new TankerParticulars(7, 3003.0, null, null, null);

    @Test
    void aLoadingCallAndADischargeMakeACompleteVoyage() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.ARRIVAL, "2024-03-06", VOSTOCHNY),
                event(2, EventType.LOADING, "2024-03-07", VOSTOCHNY),
                event(3, EventType.DEPARTURE, "2024-03-08", VOSTOCHNY),
                event(4, EventType.AIS_OFF, "2024-03-09", null),
                event(5, EventType.ARRIVAL, "2024-03-12", CHONGJIN),
                event(6, EventType.DISCHARGE, "2024-03-13", CHONGJIN)));

        assertThat(voyages).hasSize(1);
        DerivedVoyage v = voyages.get(0);
        assertThat(v.status()).isEqualTo(VoyageStatus.COMPLETE);
        assertThat(v.loadPortId()).isEqualTo(VOSTOCHNY);
        assertThat(v.dischargePortId()).isEqualTo(CHONGJIN);
        assertThat(v.loadingFrom()).isEqualTo(Instant.parse("2024-03-06T00:00:00Z"));
        assertThat(v.loadingTo()).isEqualTo(Instant.parse("2024-03-09T00:00:00Z"));
        assertThat(v.dischargeFrom()).isEqualTo(Instant.parse("2024-03-12T00:00:00Z"));
        assertThat(v.openingEventId()).isEqualTo(1);
        assertThat(v.closingEventId()).isEqualTo(5);
        assertThat(v.eventIds()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(v.estimate().barrels().central()).isGreaterThan(20_000);
    }

    @Test
    void anEventRecordedTwiceIsOneCallNotASecondTrip() {
        // a departure recorded a second time (e.g. a read shape written back) continues its call
        DerivationEvent departure = event(2, EventType.DEPARTURE, "2024-03-08", VOSTOCHNY);
        DerivationEvent again = new DerivationEvent(3, departure.type(), departure.time(), departure.portId(),
                departure.portRole(), null, null, null, null, false, null, departure.contentKey());
        List<DerivationEvent> once = List.of(event(1, EventType.LOADING, "2024-03-07", VOSTOCHNY), departure,
                event(4, EventType.DISCHARGE, "2024-03-13", CHONGJIN));
        List<DerivationEvent> twice = new ArrayList<>(once);
        twice.add(again);

        List<DerivedVoyage> voyages = deriver.derive(tanker, twice);

        assertThat(voyages).hasSize(1);
        assertThat(voyages.get(0).status()).isEqualTo(VoyageStatus.COMPLETE);
        assertThat(voyages.get(0).eventIds()).contains(2L, 3L);
        assertThat(voyages.get(0).id()).isEqualTo(deriver.derive(tanker, once).get(0).id());
    }

    @Test
    void loadingTwiceWithoutDischargeInfersADeliveryToAnUnknownPort() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.SIGHTING, "2024-04-01", VOSTOCHNY),
                event(2, EventType.DEPARTURE, "2024-04-02", VOSTOCHNY),
                event(3, EventType.SIGHTING, "2024-04-20", VOSTOCHNY)));

        assertThat(voyages).extracting(DerivedVoyage::status)
                .containsExactly(VoyageStatus.INFERRED, VoyageStatus.IN_PROGRESS);
        assertThat(voyages.get(0).dischargePortId()).isNull();
        assertThat(voyages.get(1).openingEventId()).isEqualTo(3);
    }

    @Test
    void eventsAtTheSameLoadingPortBeforeDepartureAreOneCall() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.SIGHTING, "2024-04-01", VOSTOCHNY),
                event(2, EventType.AIS_OFF, "2024-04-01", null),
                event(3, EventType.SIGHTING, "2024-04-03", VOSTOCHNY)));
        assertThat(voyages).hasSize(1);
        assertThat(voyages.get(0).eventIds()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void leavingInBallastOpensNoDelivery() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.ARRIVAL, "2024-05-01", VOSTOCHNY),
                event(2, EventType.DEPARTURE, "2024-05-02", VOSTOCHNY, LadenState.BALLAST, null, false),
                event(3, EventType.AIS_OFF, "2024-05-03", null)));
        assertThat(voyages).isEmpty();
    }

    @Test
    void laterEventsOfTheDischargeCallAttachToTheVoyage() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.LOADING, "2024-06-01", VOSTOCHNY),
                event(2, EventType.ARRIVAL, "2024-06-05", NAMPO),
                event(3, EventType.DISCHARGE, "2024-06-06", NAMPO),
                event(4, EventType.DEPARTURE, "2024-06-07", NAMPO),
                event(5, EventType.SIGHTING, "2024-06-08", NAMPO)));
        assertThat(voyages).hasSize(1);
        assertThat(voyages.get(0).eventIds()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aRetractedEventIsIgnored() {
        List<DerivationEvent> events = new ArrayList<>(List.of(
                event(1, EventType.LOADING, "2024-06-01", VOSTOCHNY),
                event(2, EventType.ARRIVAL, "2024-06-05", NAMPO)));
        events.add(retraction(3, 2));
        List<DerivedVoyage> voyages = deriver.derive(tanker, events);
        assertThat(voyages).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VoyageStatus.IN_PROGRESS);
            assertThat(v.eventIds()).containsExactly(1L);
        });
    }

    @Test
    void illustrativeOpeningMakesTheVoyageIllustrative() {
        List<DerivedVoyage> voyages = deriver.derive(tanker, List.of(
                event(1, EventType.SIGHTING, "2024-07-01", VOSTOCHNY, null, null, true),
                event(2, EventType.ARRIVAL, "2024-07-05", NAMPO),
                event(3, EventType.SIGHTING, "2024-07-20", VOSTOCHNY),
                event(4, EventType.ARRIVAL, "2024-07-25", CHONGJIN, null, null, true)));
        assertThat(voyages).extracting(DerivedVoyage::illustrative).containsExactly(true, false);
        assertThat(voyages).extracting(DerivedVoyage::includesIllustrative).containsExactly(true, true);
    }

    @Test
    void voyageIdsDependOnContentNotOnEventIds() {
        List<DerivedVoyage> first = deriver.derive(tanker, List.of(event(1, EventType.LOADING, "2024-06-01", VOSTOCHNY)));
        DerivationEvent same = event(1, EventType.LOADING, "2024-06-01", VOSTOCHNY);
        DerivationEvent renumbered = new DerivationEvent(99, same.type(), same.time(), same.portId(), same.portRole(),
                null, null, null, null, false, null, same.contentKey());
        List<DerivedVoyage> second = deriver.derive(tanker, List.of(renumbered));
        assertThat(second.get(0).id()).isEqualTo(first.get(0).id());
    }

    @Test
    void assumedParticularsMakeAnEstimateIllustrativeUnlessAVolumeWasReported() {
        TankerParticulars assumed = new TankerParticulars(7, null, 3450.0, null, null, true);
        List<DerivedVoyage> byCapacity = deriver.derive(assumed, List.of(event(1, EventType.LOADING, "2024-06-01", VOSTOCHNY)));
        assertThat(byCapacity.get(0).illustrative()).isFalse();
        assertThat(byCapacity.get(0).includesIllustrative()).isTrue();

        List<DerivedVoyage> reported = deriver.derive(assumed, List.of(event(1, EventType.LOADING, "2024-06-01", VOSTOCHNY,
                null, org.tidemark.domain.Volume.barrels(20_000), false)));
        assertThat(reported.get(0).includesIllustrative()).isFalse();
    }
}
