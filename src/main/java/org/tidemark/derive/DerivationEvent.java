package org.tidemark.derive;

import java.util.Objects;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.Volume;

/**
 * What derivation needs to know of one recorded event.
 *
 * @param contentKey          a digest of the event's content; the last tie-break of the event order and
 *                            the seed of a voyage's identity, so that neither depends on recording order
 * @param confidence          1–4, as recorded
 * @param counterpartTankerId for a ship-to-ship transfer, the other tanker, if known
 * @param stsDirection        for a ship-to-ship transfer with a counterpart, whether this tanker gave or received
 */
public record DerivationEvent(
        long id,
        EventType type,
        TimeWindow time,
        Long portId,
        PortRole portRole,
        LadenState ladenState,
        Double observedDraftM,
        Volume reportedVolume,
        Product product,
        boolean illustrative,
        Long retractsEventId,
        String contentKey,
        int confidence,
        Long counterpartTankerId,
        StsDirection stsDirection) {

    public DerivationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(contentKey, "contentKey");
        if (portId != null) {
            Objects.requireNonNull(portRole, "portRole of port " + portId);
        }
        if ((counterpartTankerId == null) != (stsDirection == null)) {
            throw new IllegalArgumentException("a counterpart and a direction go together");
        }
    }

    /** An event with confidence 3 and no transfer counterpart: for fixtures and benchmarks. */
    public DerivationEvent(long id, EventType type, TimeWindow time, Long portId, PortRole portRole,
                           LadenState ladenState, Double observedDraftM, Volume reportedVolume, Product product,
                           boolean illustrative, Long retractsEventId, String contentKey) {
        this(id, type, time, portId, portRole, ladenState, observedDraftM, reportedVolume, product, illustrative,
                retractsEventId, contentKey, 3, null, null);
    }

    boolean atPort(PortRole role) {
        return portId != null && portRole == role;
    }

    /** This tanker took cargo aboard at sea from a named tanker. */
    boolean receivedByTransfer() {
        return type == EventType.SHIP_TO_SHIP && stsDirection == StsDirection.RECEIVED;
    }

    /** The same ship-to-ship transfer as the counterpart's derivation reads it. */
    public DerivationEvent seenFromCounterpart(long recordedOnTankerId) {
        if (counterpartTankerId == null) {
            throw new IllegalStateException("event " + id + " names no counterpart");
        }
        return new DerivationEvent(id, type, time, portId, portRole, null, null, reportedVolume, product,
                illustrative, retractsEventId, contentKey, confidence, recordedOnTankerId, stsDirection.reversed());
    }
}
