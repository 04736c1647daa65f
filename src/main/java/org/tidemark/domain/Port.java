package org.tidemark.domain;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A port, and whether deliveries load or discharge there. */
@Entity
public class Port extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "port_seq")
    @SequenceGenerator(name = "port_seq", sequenceName = "port_seq", allocationSize = 50)
    public Long id;

    public String name;
    /** UN/LOCODE, five characters; optional because it is not always known for the terminals concerned. */
    public String locode;
    /** ISO 3166-1 alpha-2. */
    public String country;
    public double latitude;
    public double longitude;
    @Enumerated(EnumType.STRING)
    public PortRole role;

    public static Optional<Port> findByLocode(String locode) {
        return find("locode", locode.toUpperCase()).firstResultOptional();
    }

    public static Optional<Port> findByName(String name) {
        return find("lower(name) = lower(?1)", name.strip()).firstResultOptional();
    }
}
