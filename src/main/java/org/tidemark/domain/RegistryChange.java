package org.tidemark.domain;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a registered record: who, when, the record before and after, and why. Appended, never edited. */
@Entity
@Immutable
public class RegistryChange extends PanacheEntityBase {

    /** What kind of record changed. */
    public enum Kind {
        TANKER,
        PORT,
        SOURCE,
        CLAIM,
        USER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "record_id")
    public long recordId;
    /** CREATED, AMENDED, IDENTITY_ADDED, DESIGNATION_ADDED, DESIGNATION_AMENDED. */
    public String action;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode before;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode after;
    public String reason;
}
