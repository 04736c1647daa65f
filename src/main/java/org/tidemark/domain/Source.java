package org.tidemark.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Where a fact was published: every event, tanker particular and claim points at one. */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    public Long id;

    /** A short stable name to cite the source by in imports, e.g. "osc-refined-tastes". */
    public String key;
    public String publisher;
    public String title;
    public String url;
    public LocalDate publishedOn;
    public LocalDate retrievedOn;
    /** A scenario note or other made-up material, labelled wherever it is shown. */
    public boolean illustrative;
    public String notes;
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<Source> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
