package org.tidemark.ais;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.TimeWindow;

/**
 * A voyage event proposed by AIS detection, with the reports it rests on. A candidate: an analyst (or the import
 * that follows) decides whether it becomes a recorded event.
 *
 * @param portId          the watched port of a port call, or of the geofence a gap starts or ends in; else null
 * @param positions       the reports that bound the event (e.g. the last before and the first after a gap)
 * @param confidence      1–4 (port calls by Global Fishing Watch's port-visit rule; docs/AIS.md for the others)
 * @param ladenState      for a departure: what its draught says; else null
 * @param observedDraughtM for a departure: the draught broadcast on leaving; else null
 * @param counterpartMmsi for a ship-to-ship candidate: the other vessel; else null
 * @param gap             for AIS_OFF / AIS_ON: the gap's measures; else null
 */
public record DetectedEvent(String mmsi, EventType type, TimeWindow time, Long portId, String portName,
                            List<Position> positions, int confidence, LadenState ladenState, Double observedDraughtM,
                            String counterpartMmsi, Gap gap, Evidence evidence, String note) {

    /** Content order: time window, the domain's fixed type order, vessel, port, counterpart. */
    public static final Comparator<DetectedEvent> ORDER = Comparator
            .comparing((DetectedEvent e) -> e.time().from())
            .thenComparing(e -> e.time().to())
            .thenComparing(DetectedEvent::type)
            .thenComparing(DetectedEvent::mmsi)
            .thenComparing(DetectedEvent::portId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DetectedEvent::counterpartMmsi, Comparator.nullsFirst(Comparator.naturalOrder()));

    public DetectedEvent {
        Objects.requireNonNull(mmsi, "mmsi");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(evidence, "evidence");
        positions = List.copyOf(positions);
        if (confidence < 1 || confidence > 4) {
            throw new IllegalArgumentException("confidence is 1 to 4: " + confidence);
        }
    }

    /** A reported position. */
    public record Position(Instant time, double lat, double lon) {
    }

    /**
     * What a dark gap measured.
     *
     * @param startPortId the watched port whose geofence the last report before the gap lies in, or null at sea
     * @param endPortId   the same for the first report after it
     */
    public record Gap(Duration duration, double distanceKm, double impliedSpeedKn, Long startPortId, Long endPortId) {
    }

    /** The reports behind an event: their source rows (first and last by time), times and number. */
    public record Evidence(long firstRow, long lastRow, Instant firstReport, Instant lastReport, int reports) {
    }
}
