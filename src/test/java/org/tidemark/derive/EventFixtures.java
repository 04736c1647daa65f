package org.tidemark.derive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.tidemark.domain.EventType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.TimeWindow;
import org.tidemark.domain.Volume;

/** Small builders for derivation inputs: one loading port (1) and two discharge ports (2, 3). */
final class EventFixtures {

    static final long VOSTOCHNY = 1;
    static final long CHONGJIN = 2;
    static final long NAMPO = 3;

    private EventFixtures() {
    }

    static PortRole roleOf(Long port) {
        return port == null ? null : port == VOSTOCHNY ? PortRole.LOADING : PortRole.DISCHARGE;
    }

    static DerivationEvent event(long id, EventType type, String day, Long port) {
        return event(id, type, day, port, null, null, false);
    }

    static DerivationEvent event(long id, EventType type, String day, Long port, LadenState laden,
                                 Volume reported, boolean illustrative) {
        TimeWindow time = TimeWindow.around(LocalDate.parse(day), TimePrecision.DAY);
        return new DerivationEvent(id, type, time, port, roleOf(port), laden, null, reported, null, illustrative, null,
                "k" + id + type + day + port + laden + reported + illustrative);
    }

    static DerivationEvent at(long id, EventType type, Instant at, Long port) {
        return new DerivationEvent(id, type, TimeWindow.exact(at), port, roleOf(port), null, null, null, null, false,
                null, type + "@" + at + "@" + port);
    }

    static DerivationEvent retraction(long id, long retracted) {
        return new DerivationEvent(id, EventType.RETRACTION,
                TimeWindow.exact(LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                null, null, null, null, null, null, false, retracted, "r" + id + ":" + retracted);
    }
}
