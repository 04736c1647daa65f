package org.tidemark.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.brief.Brief;
import org.tidemark.brief.BriefRenderer;
import org.tidemark.brief.Briefs;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.PublishedBrief;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineFilter;

/**
 * Publishing freezes a brief: it is composed from one consistent snapshot of the data, rendered as HTML and
 * PDF once, and stored with its inputs (the resolved filter, the data version), its figures and the SHA-256
 * of both renderings. A published brief is served from those bytes and never composed again; what changed
 * since is {@link BriefChanges}' job.
 */
@ApplicationScoped
public class Publications {

    /** Query parameters that shape a brief's rendering, not what it counts. */
    private static final Set<String> NOT_FILTERS = Set.of("format", "paper");

    /**
     * The filter as a request gave it, for the brief's first page ("from=2024-03-07, tanker=Yu Son"), or
     * "none (all recorded data)".
     */
    public static String describe(Map<String, List<String>> query) {
        String given = query.entrySet().stream()
                .filter(e -> !NOT_FILTERS.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .sorted()
                .collect(Collectors.joining(", "));
        return given.isEmpty() ? "none (all recorded data)" : given;
    }

    /** The path a published brief is read at, by people and by the web workspace. */
    public static String path(UUID id) {
        return "/briefs/" + id;
    }

    /**
     * A published brief without its renderings, as lists and the API show it.
     *
     * @param page    the brief as published, for people (HTML)
     * @param html    the stored HTML, byte for byte (its SHA-256 is {@code htmlSha256})
     * @param pdf     the stored PDF, byte for byte (its SHA-256 is {@code pdfSha256})
     * @param changes what changed in the data since, for the same filter
     */
    public record Summary(UUID id, String title, String filterDescription, String paper, long dataVersion,
                          String publishedBy, Instant publishedAt, String htmlSha256, String pdfSha256, long trips,
                          double centralBbl, String page, String html, String pdf, String changes) {
    }

    private final Briefs briefs;
    private final BriefRenderer renderer;
    private final DataSource dataSource;
    private final ObjectMapper json;

    Publications(Briefs briefs, BriefRenderer renderer, DataSource dataSource, ObjectMapper json) {
        this.briefs = briefs;
        this.renderer = renderer;
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Composes the brief for {@code filter} from one repeatable-read snapshot (every figure, chart and the list
     * of events read at the same instant of the data), renders it on {@code paper} and stores it frozen.
     */
    @Transactional
    public Summary publish(TimelineFilter filter, String filterDescription, BriefRenderer.Paper paper, String by) {
        snapshot();
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        Brief brief = briefs.compose(filter, filterDescription)
                .publishedAs(new Brief.Published(id.toString(), path(id), by, at));
        PublishedBrief p = new PublishedBrief();
        p.id = id;
        p.title = brief.title();
        p.filterDescription = filterDescription;
        p.filter = json.valueToTree(brief.scope());
        p.paper = paper.name();
        p.dataVersion = brief.dataVersion();
        p.publishedBy = by;
        p.publishedAt = at;
        p.figures = json.valueToTree(PublishedFigures.of(brief, liveEvents(brief.scope())));
        p.html = renderer.html(brief, paper);
        p.htmlSha256 = sha256(p.html.getBytes(StandardCharsets.UTF_8));
        p.pdf = renderer.pdf(brief, paper);
        p.pdfSha256 = sha256(p.pdf);
        p.persist();
        return summary(p);
    }

    /** A published brief; 404 naming the id when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublishedBrief find(UUID id) {
        return PublishedBrief.<PublishedBrief>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("there is no published brief " + id));
    }

    /** A published brief by its id as a path gives it; 404 for one that is not an id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublishedBrief find(String id) {
        return find(parse(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(String id) {
        return summary(find(id));
    }

    /** Every published brief, the latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> list() {
        return PublishedBrief.<PublishedBrief>listAll(Sort.descending("publishedAt").and("id"))
                .stream().map(this::summary).toList();
    }

    /** What {@code p} stated when it was published. */
    PublishedFigures figures(PublishedBrief p) {
        return read(p.figures, PublishedFigures.class);
    }

    /** The filter {@code p} was composed for, resolved as it was then. */
    TimelineFilter filter(PublishedBrief p) {
        return read(p.filter, TimelineFilter.class);
    }

    private Summary summary(PublishedBrief p) {
        PublishedFigures f = figures(p);
        return new Summary(p.id, p.title, p.filterDescription, p.paper, p.dataVersion, p.publishedBy, p.publishedAt,
                p.htmlSha256, p.pdfSha256, f.trips(), f.central(), path(p.id), "/api/briefs/" + p.id + "/html",
                "/api/briefs/" + p.id + "/pdf", "/api/briefs/" + p.id + "/changes");
    }

    private <T> T read(com.fasterxml.jackson.databind.JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published brief's stored " + type.getSimpleName() + " does not read", e);
        }
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("there is no published brief '" + id + "'");
        }
    }

    /**
     * The live events (not retracted) that match {@code filter}, by id. Read in the caller's transaction, so
     * in the same snapshot as the figures.
     */
    List<Long> liveEvents(TimelineFilter filter) {
        Sql sql = new Sql().add("select e.id from voyage_event e where e.type <> 'RETRACTION'");
        if (filter.retracted() == null) {
            sql.add(" and not exists (select 1 from voyage_event rx where rx.retracts_event_id = e.id)");
        }
        sql.add(filter.eventConditions()).add(" order by e.id");
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = sql.prepare(c);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a brief's events failed", e);
        }
        return ids;
    }

    /**
     * Makes the transaction repeatable read before it reads anything: within one JTA transaction every
     * read model is handed the same connection, so the brief, its charts and its figures see one snapshot.
     */
    void snapshot() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set transaction isolation level repeatable read");
        } catch (SQLException e) {
            throw new IllegalStateException("opening a snapshot for a brief failed", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
