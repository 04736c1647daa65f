package org.tidemark.derive;

import java.util.Objects;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.Product;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.Volume;

/**
 * What derivation needs to know of one recorded event.
 *
 * @param contentKey a digest of the event's content; the last tie-break of the event order and
 *                   the seed of a voyage's identity, so that neither depends on recording order
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
        String contentKey) {

    public DerivationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(contentKey, "contentKey");
        if (portId != null) {
            Objects.requireNonNull(portRole, "portRole of port " + portId);
        }
    }

    boolean atPort(PortRole role) {
        return portId != null && portRole == role;
    }
}
