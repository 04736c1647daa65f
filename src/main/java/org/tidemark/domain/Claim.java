package org.tidemark.domain;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A figure someone published (trips, volume, vessels over a period), to reconcile against what is tracked. */
@Entity
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    public Long id;

    public String publisher;
    @Column(name = "source_id")
    public Long sourceId;
    @Enumerated(EnumType.STRING)
    public ClaimSubject subject;
    @Enumerated(EnumType.STRING)
    public ClaimComparator comparator;
    public double value;
    @Enumerated(EnumType.STRING)
    public VolumeUnit unit;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    /** The loading port the claim counts calls at, when it names one. */
    @Column(name = "port_id")
    public Long portId;
    public String statement;
}
