package org.tidemark.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Immutable;

/**
 * One recorded fact about a tanker. Appended, never edited: a mistake is corrected by a
 * {@link EventType#RETRACTION} event that names the event it retracts, with a reason and an author.
 */
@Entity
@Immutable
public class VoyageEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voyage_event_seq")
    @SequenceGenerator(name = "voyage_event_seq", sequenceName = "voyage_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "tanker_id")
    public long tankerId;
    @Column(name = "port_id")
    public Long portId;
    @Enumerated(EnumType.STRING)
    public EventType type;
    public Instant occurredFrom;
    public Instant occurredTo;
    @Enumerated(EnumType.STRING)
    public TimePrecision precision;
    @Enumerated(EnumType.STRING)
    public LadenState ladenState;
    @Column(name = "observed_draft_m")
    public Double observedDraftM;
    public Double reportedVolume;
    @Enumerated(EnumType.STRING)
    public VolumeUnit reportedVolumeUnit;
    @Enumerated(EnumType.STRING)
    public Product product;
    @Enumerated(EnumType.STRING)
    public EvidenceType evidenceType;
    public short confidence;
    @Column(name = "source_id")
    public long sourceId;
    public String notes;
    public boolean illustrative;
    @Column(name = "retracts_event_id")
    public Long retractsEventId;
    /** For a ship-to-ship transfer: the other tanker, and whether this one gave or received. */
    @Column(name = "counterpart_tanker_id")
    public Long counterpartTankerId;
    @Enumerated(EnumType.STRING)
    public StsDirection stsDirection;
    /** Where the tanker was seen (WGS 84), both or neither, with how that is known (V36). */
    public Double latitude;
    public Double longitude;
    @Enumerated(EnumType.STRING)
    public PositionSource positionSource;
    /** SHA-256 of the event's content: orders ties and names voyages independently of recording order. */
    public String contentKey;
    /** Client-chosen key that makes a retried request return the event it first recorded. */
    public String idempotencyKey;
    public String recordedBy;
    public Instant recordedAt;

    public TimeWindow time() {
        return new TimeWindow(occurredFrom, occurredTo, precision);
    }

    public static List<VoyageEvent> listForTanker(long tankerId) {
        return list("tankerId", tankerId);
    }

    public static Optional<VoyageEvent> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    public static Optional<VoyageEvent> findRetractionOf(long eventId) {
        return find("retractsEventId", eventId).firstResultOptional();
    }
}
