package org.tidemark.bench.floor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.runtime.Startup;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The least an HTTP endpoint must do to record an event: parse the JSON body Tidemark's {@code POST /api/events}
 * takes, look its tanker, port and source up (in maps read at start), INSERT one {@code voyage_event} row in
 * autocommit and answer 201. No authentication, validation, idempotency check, lock or derivation: what is left is
 * HTTP, JSON and one committed row, the part of a POST no product can skip.
 */
@Path("/events")
@ApplicationScoped
@Startup
public class EventResource {

    /** The body's fields, as Tidemark's API names them. */
    public record EventBody(String tanker, String type, String occurredAt, String precision, Instant occurredFrom,
            Instant occurredTo, String port, String ladenState, Double observedDraftM, Double reportedVolume,
            String reportedVolumeUnit, String product, String evidenceType, int confidence, String source,
            String notes, boolean illustrative) {
    }

    private static final String INSERT = "insert into voyage_event (id, tanker_id, port_id, type, occurred_from, occurred_to,"
            + " precision, laden_state, observed_draft_m, reported_volume, reported_volume_unit, product, evidence_type,"
            + " confidence, source_id, notes, illustrative, content_key, idempotency_key, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'floor', now())";

    private final DataSource dataSource;
    /** Row ids start where the benchmark says (its baseline rows' range, deleted after the figure). */
    private final AtomicLong nextId;
    private final Map<String, Long> tankers = new HashMap<>();
    private final Map<String, Long> ports = new HashMap<>();
    private final Map<String, Long> sources = new HashMap<>();

    EventResource(DataSource dataSource, @ConfigProperty(name = "floor.first-id") long firstId) {
        this.dataSource = dataSource;
        this.nextId = new AtomicLong(firstId);
    }

    @PostConstruct
    void readReferences() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            read(s, "select name, id from tanker", tankers);
            read(s, "select name, id from port", ports);
            read(s, "select key, id from source", sources);
        }
    }

    private static void read(Statement s, String sql, Map<String, Long> into) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getLong(2));
            }
        }
    }

    /** Ready once the references are read (the benchmark waits for this). */
    @GET
    @Path("ready")
    public String ready() {
        return tankers.size() + " tankers";
    }

    @POST
    public Response record(EventBody body, @HeaderParam("Idempotency-Key") String idempotencyKey) throws SQLException {
        Long tanker = tankers.get(body.tanker());
        Long source = sources.get(body.source());
        if (tanker == null || source == null) {
            throw new BadRequestException("unknown tanker or source");
        }
        Instant from = body.occurredFrom() != null ? body.occurredFrom() : Instant.parse(body.occurredAt());
        Instant to = body.occurredTo() != null ? body.occurredTo() : from;
        long id = nextId.getAndIncrement();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setLong(1, id);
            ps.setLong(2, tanker);
            ps.setObject(3, body.port() == null ? null : ports.get(body.port()), Types.BIGINT);
            ps.setString(4, body.type());
            ps.setObject(5, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(6, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            ps.setString(7, body.precision() == null ? "EXACT" : body.precision());
            ps.setString(8, body.ladenState());
            ps.setObject(9, body.observedDraftM(), Types.DOUBLE);
            ps.setObject(10, body.reportedVolume(), Types.DOUBLE);
            ps.setString(11, body.reportedVolumeUnit());
            ps.setString(12, body.product());
            ps.setString(13, body.evidenceType());
            ps.setShort(14, (short) body.confidence());
            ps.setLong(15, source);
            ps.setString(16, body.notes());
            ps.setBoolean(17, body.illustrative());
            ps.setString(18, contentKey(body));
            ps.setString(19, idempotencyKey);
            ps.executeUpdate();
        }
        return Response.created(URI.create("/events/" + id)).entity(Map.of("id", id)).build();
    }

    /** A SHA-256 of the fields, standing in for Tidemark's content key (same length, same cost class). */
    private static String contentKey(EventBody body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
