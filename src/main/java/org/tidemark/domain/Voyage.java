package org.tidemark.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A derived delivery with its cargo estimate, as last written by derivation. Read-only here:
 * the rows are replaced as a whole whenever the tanker's events change.
 */
@Entity
@Immutable
public class Voyage extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tanker_id")
    public long tankerId;
    @Column(name = "load_port_id")
    public Long loadPortId;
    @Column(name = "discharge_port_id")
    public Long dischargePortId;
    public Instant loadingFrom;
    public Instant loadingTo;
    public Instant dischargeFrom;
    public Instant dischargeTo;
    @Enumerated(EnumType.STRING)
    public VoyageStatus status;
    @Column(name = "opening_event_id")
    public long openingEventId;
    @Column(name = "closing_event_id")
    public Long closingEventId;
    public boolean illustrative;
    public boolean includesIllustrative;
    @Enumerated(EnumType.STRING)
    public EstimateMethod estimateMethod;
    @Column(name = "low_bbl")
    public Double lowBarrels;
    @Column(name = "central_bbl")
    public Double centralBarrels;
    @Column(name = "high_bbl")
    public Double highBarrels;
    @Column(name = "low_t")
    public Double lowTonnes;
    @Column(name = "central_t")
    public Double centralTonnes;
    @Column(name = "high_t")
    public Double highTonnes;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> estimateInputs;
}
