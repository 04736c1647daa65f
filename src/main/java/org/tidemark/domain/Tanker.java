package org.tidemark.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;

/** A tanker: its current identity, its particulars, and the identities and designations it has had. */
@Entity
public class Tanker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanker_seq")
    @SequenceGenerator(name = "tanker_seq", sequenceName = "tanker_seq", allocationSize = 50)
    public Long id;

    public String name;
    /** Seven digits with a valid check digit ({@link ImoNumber}); many of these hulls broadcast none. */
    public String imo;
    public String mmsi;
    public String flag;
    @Column(name = "deadweight_t")
    public Double deadweightT;
    @Column(name = "cargo_capacity_t")
    public Double cargoCapacityT;
    /** A cargo capacity range (both ends or neither): the low band uses its low end, the high band its high end. */
    @Column(name = "cargo_capacity_low_t")
    public Double cargoCapacityLowT;
    @Column(name = "cargo_capacity_high_t")
    public Double cargoCapacityHighT;
    /** A deadweight range, used as the deadweight is when no cargo capacity is known. */
    @Column(name = "deadweight_low_t")
    public Double deadweightLowT;
    @Column(name = "deadweight_high_t")
    public Double deadweightHighT;
    @Column(name = "tpc_t_per_cm")
    public Double tpcTonnesPerCm;
    @Column(name = "ballast_draft_m")
    public Double ballastDraftM;
    /** The particulars are assumptions made for illustration, not sourced figures. */
    public boolean illustrative;
    /** Where the particulars come from, or the reasoning behind an assumed figure. */
    public String particularsNote;
    @Column(name = "source_id")
    public Long sourceId;
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "tanker", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, validFrom, value")
    public List<TankerIdentity> identities = new ArrayList<>();

    @OneToMany(mappedBy = "tanker", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listedOn")
    public List<Designation> designations = new ArrayList<>();

    public static Optional<Tanker> findByImo(String imo) {
        return find("imo", imo).firstResultOptional();
    }
}
