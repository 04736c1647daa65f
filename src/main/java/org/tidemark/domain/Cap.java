package org.tidemark.domain;

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

/** A legal limit on deliveries per period, e.g. UNSCR 2397's 500,000 barrels of refined products a year. */
@Entity
public class Cap extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cap_seq")
    @SequenceGenerator(name = "cap_seq", sequenceName = "cap_seq", allocationSize = 50)
    public Long id;

    public String code;
    public String name;
    @Column(name = "limit_value")
    public double limit;
    @Enumerated(EnumType.STRING)
    public VolumeUnit unit;
    /** Only CALENDAR_YEAR so far: the count restarts every 1 January. */
    public String periodRule;
    public String legalReference;

    public static Optional<Cap> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
