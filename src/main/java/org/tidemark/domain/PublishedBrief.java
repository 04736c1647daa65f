package org.tidemark.domain;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A brief as it was published: its inputs (the resolved filter, the data version), the figures a later
 * comparison needs, and the rendered HTML and PDF with their SHA-256. Stored once and never changed
 * (a trigger refuses updates and deletes); it is served from these bytes, never rendered again.
 */
@Entity
@Immutable
@Table(name = "published_brief")
public class PublishedBrief extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    @Column(name = "filter_description")
    public String filterDescription;
    /** The filter as the brief's read models applied it: ids and a closed period. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode filter;
    /** A4 or LETTER: the PDF's paper. */
    public String paper;
    @Column(name = "data_version")
    public long dataVersion;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** Totals, cap years, claims' verdicts, voyages, events and sources as they were. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode figures;
    @Basic(fetch = FetchType.LAZY)
    public String html;
    @Column(name = "html_sha256")
    public String htmlSha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;
    @Column(name = "pdf_sha256")
    public String pdfSha256;
}
