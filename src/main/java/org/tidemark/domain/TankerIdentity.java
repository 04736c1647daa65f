package org.tidemark.domain;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** One name, alias, flag or MMSI a tanker held, with the time it held it when known. */
@Entity
public class TankerIdentity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanker_identity_seq")
    @SequenceGenerator(name = "tanker_identity_seq", sequenceName = "tanker_identity_seq", allocationSize = 50)
    public Long id;

    @JsonIgnore
    @ManyToOne(optional = false)
    public Tanker tanker;
    @Enumerated(EnumType.STRING)
    public IdentityKind kind;
    public String value;
    public LocalDate validFrom;
    public LocalDate validTo;
    @Column(name = "source_id")
    public Long sourceId;
}
