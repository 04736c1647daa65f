package org.tidemark.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.domain.VoyageStatus;

/**
 * Turns a page of keys (a CTE {@code page}: kind 0 event / 1 voyage, at, event_id, voyage_id) into full
 * timeline entries in one statement; only the page's rows are joined, so the cost does not grow with the table.
 */
public final class EntryRows {

    private static final String SELECT = """
            select p.kind, p.at,
                   e.id as e_id, e.type as e_type, e.occurred_from as e_from, e.occurred_to as e_to,
                   e.precision as e_precision, e.port_id as e_port_id, ep.name as e_port, e.laden_state as e_laden,
                   e.observed_draft_m as e_draft, e.reported_volume as e_volume, e.reported_volume_unit as e_unit,
                   e.product as e_product, e.evidence_type as e_evidence, e.confidence as e_confidence,
                   e.notes as e_notes, e.illustrative as e_illustrative, e.retracts_event_id as e_retracts,
                   e.recorded_by as e_recorded_by, e.recorded_at as e_recorded_at,
                   e.counterpart_tanker_id as e_counterpart_id, ct.name as e_counterpart, e.sts_direction as e_sts,
                   e.latitude as e_lat, e.longitude as e_lon, e.position_source as e_pos_source,
                   r.id as r_id, r.notes as r_notes, r.recorded_by as r_recorded_by, r.recorded_at as r_recorded_at,
                   v.id as v_id, v.load_port_id as v_load_port_id, lp.name as v_load_port,
                   v.discharge_port_id as v_discharge_port_id, dp.name as v_discharge_port,
                   v.loading_from as v_loading_from, v.loading_to as v_loading_to,
                   v.discharge_from as v_discharge_from, v.discharge_to as v_discharge_to, v.status as v_status,
                   v.illustrative as v_illustrative, v.includes_illustrative as v_includes_illustrative,
                   v.estimate_method as v_method, v.low_bbl, v.central_bbl, v.high_bbl, v.low_t, v.central_t, v.high_t,
                   v.estimate_inputs::text as v_inputs, v.confidence as v_confidence, v.conflicts::text as v_conflicts,
                   v.loaded_from_tanker_id as v_loaded_from_id, lt.name as v_loaded_from,
                   case when v.id is not null then %s end as v_designated,
                   t.id as t_id, t.name as t_name,
                   s.id as s_id, s.key as s_key, s.publisher as s_publisher, s.title as s_title, s.url as s_url,
                   s.published_on as s_published_on, s.illustrative as s_illustrative
            from page p
            left join voyage_event e on e.id = p.event_id
            left join voyage_event r on r.retracts_event_id = e.id
            left join port ep on ep.id = e.port_id
            left join tanker ct on ct.id = e.counterpart_tanker_id
            left join voyage v on v.id = p.voyage_id
            left join port lp on lp.id = v.load_port_id
            left join port dp on dp.id = v.discharge_port_id
            left join tanker lt on lt.id = v.loaded_from_tanker_id
            left join voyage_event oe on oe.id = v.opening_event_id
            join tanker t on t.id = coalesce(e.tanker_id, v.tanker_id)
            join source s on s.id = coalesce(e.source_id, oe.source_id)
            """.formatted(DesignatedAtTheTime.ofVoyage());

    private static final TypeReference<Map<String, Object>> INPUTS = new TypeReference<>() {
    };
    private static final TypeReference<List<VoyageView.Conflict>> CONFLICTS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public EntryRows(ObjectMapper json) {
        this.json = json;
    }

    /** The entries of {@code page} (a SQL text starting "with page as (…)"), ordered by {@code orderBy}. */
    public List<TimelineEntry> read(Connection c, Sql page, String orderBy) throws SQLException {
        Sql sql = new Sql().add(page).add(SELECT).add(" order by " + orderBy);
        List<TimelineEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries.add(entry(rs));
            }
        }
        return entries;
    }

    private TimelineEntry entry(ResultSet rs) throws SQLException {
        VoyageView.Ref tanker = new VoyageView.Ref(rs.getLong("t_id"), rs.getString("t_name"));
        SourceRef source = new SourceRef(rs.getLong("s_id"), rs.getString("s_key"), rs.getString("s_publisher"),
                rs.getString("s_title"), rs.getString("s_url"), rs.getObject("s_published_on", LocalDate.class),
                rs.getBoolean("s_illustrative"));
        Instant at = instant(rs, "at");
        if (rs.getInt("kind") == 0) {
            EventEntry event = event(rs);
            return new TimelineEntry(TimelineEntry.Kind.EVENT, Long.toString(event.id()), at, tanker,
                    event.illustrative(), source, event, null);
        }
        VoyageView voyage = voyage(rs, tanker, source);
        return new TimelineEntry(TimelineEntry.Kind.VOYAGE, voyage.id().toString(), at, tanker,
                voyage.includesIllustrative(), source, null, voyage);
    }

    private static EventEntry event(ResultSet rs) throws SQLException {
        EventType type = EventType.valueOf(rs.getString("e_type"));
        long portId = rs.getLong("e_port_id");
        VoyageView.Ref port = rs.wasNull() ? null : new VoyageView.Ref(portId, rs.getString("e_port"));
        long retractionId = rs.getLong("r_id");
        Retraction retraction = rs.wasNull() ? null : new Retraction(retractionId,
                rs.getString("r_notes"), rs.getString("r_recorded_by"), instant(rs, "r_recorded_at"));
        String notes = rs.getString("e_notes");
        long counterpartId = rs.getLong("e_counterpart_id");
        VoyageView.Ref counterpart = rs.wasNull() ? null : new VoyageView.Ref(counterpartId, rs.getString("e_counterpart"));
        return new EventEntry(
                rs.getLong("e_id"),
                type,
                instant(rs, "e_from"),
                instant(rs, "e_to"),
                TimePrecision.valueOf(rs.getString("e_precision")),
                port,
                enumOrNull(LadenState.class, rs.getString("e_laden")),
                (Double) rs.getObject("e_draft"),
                (Double) rs.getObject("e_volume"),
                enumOrNull(VolumeUnit.class, rs.getString("e_unit")),
                enumOrNull(Product.class, rs.getString("e_product")),
                EvidenceType.valueOf(rs.getString("e_evidence")),
                rs.getInt("e_confidence"),
                notes,
                rs.getBoolean("e_illustrative"),
                (Long) rs.getObject("e_retracts"),
                type == EventType.RETRACTION ? notes : null,
                retraction != null,
                retraction,
                rs.getString("e_recorded_by"),
                instant(rs, "e_recorded_at"),
                counterpart,
                enumOrNull(StsDirection.class, rs.getString("e_sts")),
                (Double) rs.getObject("e_lat"),
                (Double) rs.getObject("e_lon"),
                enumOrNull(PositionSource.class, rs.getString("e_pos_source")));
    }

    private VoyageView voyage(ResultSet rs, VoyageView.Ref tanker, SourceRef source) throws SQLException {
        long dischargeId = rs.getLong("v_discharge_port_id");
        VoyageView.Ref discharge = rs.wasNull() ? null : new VoyageView.Ref(dischargeId, rs.getString("v_discharge_port"));
        long loadId = rs.getLong("v_load_port_id");
        VoyageView.Ref loadPort = rs.wasNull() ? null : new VoyageView.Ref(loadId, rs.getString("v_load_port"));
        long loadedFromId = rs.getLong("v_loaded_from_id");
        VoyageView.Ref loadedFrom = rs.wasNull() ? null : new VoyageView.Ref(loadedFromId, rs.getString("v_loaded_from"));
        Double central = (Double) rs.getObject("central_bbl");
        VoyageView.Band barrels = central == null ? null : new VoyageView.Band(rs.getDouble("low_bbl"), central,
                rs.getDouble("high_bbl"), VolumeUnit.BARREL);
        Double centralT = (Double) rs.getObject("central_t");
        VoyageView.Band tonnes = centralT == null ? null : new VoyageView.Band(rs.getDouble("low_t"), centralT,
                rs.getDouble("high_t"), VolumeUnit.TONNE);
        VoyageView.Estimate estimate = new VoyageView.Estimate(EstimateMethod.valueOf(rs.getString("v_method")),
                barrels, tonnes, inputs(rs.getString("v_inputs")));
        return new VoyageView(
                rs.getObject("v_id", UUID.class),
                tanker,
                loadPort,
                discharge,
                instant(rs, "v_loading_from"),
                instant(rs, "v_loading_to"),
                instant(rs, "v_discharge_from"),
                instant(rs, "v_discharge_to"),
                VoyageStatus.valueOf(rs.getString("v_status")),
                rs.getInt("v_confidence"),
                loadedFrom,
                conflicts(rs.getString("v_conflicts")),
                rs.getBoolean("v_illustrative"),
                rs.getBoolean("v_includes_illustrative"),
                DesignatedAtTheTime.valueOf(rs.getString("v_designated")),
                estimate,
                source,
                null, null, null, null);
    }

    private List<VoyageView.Conflict> conflicts(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, CONFLICTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("voyage.conflicts is jsonb and always parses", e);
        }
    }

    private Map<String, Object> inputs(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, INPUTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("estimate_inputs is jsonb and always parses", e);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
