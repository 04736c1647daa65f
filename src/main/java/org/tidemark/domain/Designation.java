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

/** A sanctions listing of a tanker, e.g. the UN 1718 Committee's, with when it was listed and delisted as far as known. */
@Entity
public class Designation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designation_seq")
    @SequenceGenerator(name = "designation_seq", sequenceName = "designation_seq", allocationSize = 50)
    public Long id;

    @JsonIgnore
    @ManyToOne(optional = false)
    public Tanker tanker;
    public String regime;
    /** The listing date, or the first day of its month or year when known only to that ({@link #listedOnPrecision}). */
    public LocalDate listedOn;
    @Enumerated(EnumType.STRING)
    public DatePrecision listedOnPrecision;
    /** The delisting date, likewise; null while listed. */
    public LocalDate delistedOn;
    @Enumerated(EnumType.STRING)
    public DatePrecision delistedOnPrecision;
    public String reference;
    @Column(name = "source_id")
    public Long sourceId;
}
