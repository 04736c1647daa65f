package org.tidemark.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import org.tidemark.domain.EstimateMethod;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.PortRole;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.domain.VoyageStatus;
import org.tidemark.query.DesignatedAtTheTime;
import org.tidemark.query.EntryRows;
import org.tidemark.query.SourceRef;
import org.tidemark.query.Sql;
import org.tidemark.query.TimelineFilter;

/**
 * The rows an export writes, streamed from PostgreSQL with a server-side cursor ({@link #FETCH_SIZE} rows at a
 * time), so that memory stays flat however many events match. All queries of one export run in one read-only,
 * repeatable-read transaction: the events, voyages and ports of one file come from the same moment.
 */
@ApplicationScoped
public class ExportQueries {

    /** Rows fetched per round trip: large enough to amortise it, small enough to keep memory flat. */
    static final int FETCH_SIZE = 1000;

    private static final String EVENTS = """
            select e.id, e.tanker_id, t.name as t_name, t.imo as t_imo, e.type, e.occurred_from, e.occurred_to,
                   e.precision, p.name as p_name, p.latitude as p_lat, p.longitude as p_lon, e.latitude, e.longitude,
                   e.position_source, e.laden_state, e.observed_draft_m, e.reported_volume, e.reported_volume_unit,
                   e.product, e.evidence_type, e.confidence, e.notes, e.illustrative, ct.name as ct_name,
                   e.sts_direction, e.idempotency_key, e.recorded_by, e.recorded_at,
                   s.id as s_id, s.key as s_key, s.publisher as s_publisher, s.title as s_title, s.url as s_url,
                   s.published_on as s_published_on, s.illustrative as s_illustrative,
                   r.id as r_id, r.notes as r_notes
            from voyage_event e
            join tanker t on t.id = e.tanker_id
            join source s on s.id = e.source_id
            left join port p on p.id = e.port_id
            left join tanker ct on ct.id = e.counterpart_tanker_id
            left join voyage_event r on r.retracts_event_id = e.id
            where e.type <> 'RETRACTION'""";

    private static final String VOYAGES = """
            select v.id, v.tanker_id, t.name as t_name, t.imo as t_imo,
                   lp.name as lp_name, lp.latitude as lp_lat, lp.longitude as lp_lon,
                   dp.name as dp_name, dp.latitude as dp_lat, dp.longitude as dp_lon, lt.name as lt_name,
                   v.loading_from, v.loading_to, v.discharge_from, v.discharge_to, v.status, v.confidence,
                   v.illustrative, v.includes_illustrative, v.estimate_method,
                   v.low_bbl, v.central_bbl, v.high_bbl, v.low_t, v.central_t, v.high_t,
                   %s as designated,
                   (select string_agg(e.longitude::text || ' ' || e.latitude::text, ';' order by ve.position)
                      from voyage_evidence ve join voyage_event e on e.id = ve.event_id
                     where ve.voyage_id = v.id and e.latitude is not null
                       and e.type in ('SHIP_TO_SHIP', 'SIGHTING', 'AIS_ON', 'AIS_OFF')) as path,
                   (select jsonb_agg(x.source order by x.source ->> 'key') from (
                       select distinct jsonb_build_object('id', s.id, 'key', s.key, 'publisher', s.publisher,
                              'title', s.title, 'url', s.url, 'publishedOn', s.published_on,
                              'illustrative', s.illustrative) as source
                         from voyage_evidence ve join voyage_event e on e.id = ve.event_id
                         join source s on s.id = e.source_id where ve.voyage_id = v.id) x)::text as sources
            from voyage v
            join tanker t on t.id = v.tanker_id
            left join port lp on lp.id = v.load_port_id
            left join port dp on dp.id = v.discharge_port_id
            left join tanker lt on lt.id = v.loaded_from_tanker_id
            where true""".formatted(DesignatedAtTheTime.ofVoyage());

    private final DataSource dataSource;
    private final ObjectMapper json;

    ExportQueries(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Receives rows one at a time; may throw the IOException of the stream it writes to. */
    interface RowSink<T> {
        void accept(T row) throws IOException;
    }

    /** A forward-only cursor; {@link #next} returns null after the last row. */
    interface RowCursor<T> extends AutoCloseable {
        T next() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    /** Opens a snapshot: one connection in a read-only repeatable-read transaction, rolled back on close. */
    Snapshot snapshot() {
        try {
            return new Snapshot(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("could not open a connection for the export", e);
        }
    }

    /** The queries of one export, over one consistent view of the data. */
    final class Snapshot implements AutoCloseable {

        private final Connection connection;

        private Snapshot(Connection connection) throws SQLException {
            this.connection = connection;
            try {
                // A cursor (fetch size honoured) needs a transaction; repeatable read gives every query the same view.
                connection.setAutoCommit(false);
                try (Statement s = connection.createStatement()) {
                    s.execute("set transaction isolation level repeatable read, read only");
                }
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        /** The ports: all, or the one the filter names. */
        List<ExportedPort> ports(TimelineFilter filter) throws SQLException {
            Sql sql = new Sql().add("select id, name, locode, country, latitude, longitude, role from port where true");
            if (filter.portId() != null) {
                sql.add(" and id = ?", filter.portId());
            }
            sql.add(" order by name, id");
            List<ExportedPort> ports = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ports.add(new ExportedPort(rs.getLong("id"), rs.getString("name"), rs.getString("locode"),
                            rs.getString("country"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                            PortRole.valueOf(rs.getString("role"))));
                }
            }
            return ports;
        }

        /** The caps counted per calendar year. */
        List<ExportedCap> caps() throws SQLException {
            List<ExportedCap> caps = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "select code, name, limit_value, unit from cap where period_rule = 'CALENDAR_YEAR' order by code")) {
                while (rs.next()) {
                    caps.add(new ExportedCap(rs.getString(1), rs.getString(2), rs.getDouble(3),
                            VolumeUnit.valueOf(rs.getString(4))));
                }
            }
            return caps;
        }

        /**
         * The events matching the filter (RETRACTION events left out: a retraction is written on the event it
         * names), in time order, or by tanker id and then time.
         */
        RowCursor<ExportedEvent> events(TimelineFilter filter, boolean byTanker) throws SQLException {
            Sql sql = new Sql().add(EVENTS).add(filter.eventConditions())
                    .add(byTanker ? " order by e.tanker_id, e.occurred_from, e.id" : " order by e.occurred_from, e.id");
            return cursor(sql, ExportQueries::event);
        }

        /** The voyages matching the filter, in loading order, or by tanker id and then loading order. */
        RowCursor<ExportedVoyage> voyages(TimelineFilter filter, boolean byTanker) throws SQLException {
            Sql sql = new Sql().add(VOYAGES).add(filter.voyageConditions())
                    .add(byTanker ? " order by v.tanker_id, v.loading_from, v.id" : " order by v.loading_from, v.id");
            return cursor(sql, ExportQueries.this::voyage);
        }

        <T> void each(RowCursor<T> cursor, RowSink<T> sink) throws SQLException, IOException {
            try (cursor) {
                for (T row = cursor.next(); row != null; row = cursor.next()) {
                    sink.accept(row);
                }
            }
        }

        private <T> RowCursor<T> cursor(Sql sql, RowMapper<T> mapper) throws SQLException {
            PreparedStatement ps = sql.prepare(connection);
            ResultSet rs;
            try {
                ps.setFetchSize(FETCH_SIZE);
                rs = ps.executeQuery();
            } catch (SQLException e) {
                ps.close();
                throw e;
            }
            return new RowCursor<>() {
                @Override
                public T next() throws SQLException {
                    return rs.next() ? mapper.map(rs) : null;
                }

                @Override
                public void close() throws SQLException {
                    try (ps) {
                        rs.close();
                    }
                }
            };
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException("could not end the export's transaction", e);
            }
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static ExportedEvent event(ResultSet rs) throws SQLException {
        long retraction = rs.getLong("r_id");
        Long retractedBy = rs.wasNull() ? null : retraction;
        return new ExportedEvent(
                rs.getLong("id"),
                rs.getLong("tanker_id"),
                rs.getString("t_name"),
                rs.getString("t_imo"),
                EventType.valueOf(rs.getString("type")),
                EntryRows.instant(rs, "occurred_from"),
                EntryRows.instant(rs, "occurred_to"),
                TimePrecision.valueOf(rs.getString("precision")),
                rs.getString("p_name"),
                (Double) rs.getObject("p_lat"),
                (Double) rs.getObject("p_lon"),
                (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"),
                enumOrNull(PositionSource.class, rs.getString("position_source")),
                enumOrNull(LadenState.class, rs.getString("laden_state")),
                (Double) rs.getObject("observed_draft_m"),
                (Double) rs.getObject("reported_volume"),
                enumOrNull(VolumeUnit.class, rs.getString("reported_volume_unit")),
                enumOrNull(Product.class, rs.getString("product")),
                EvidenceType.valueOf(rs.getString("evidence_type")),
                rs.getInt("confidence"),
                source(rs),
                rs.getString("notes"),
                rs.getBoolean("illustrative"),
                rs.getString("ct_name"),
                enumOrNull(StsDirection.class, rs.getString("sts_direction")),
                rs.getString("idempotency_key"),
                rs.getString("recorded_by"),
                EntryRows.instant(rs, "recorded_at"),
                retractedBy,
                retractedBy == null ? null : rs.getString("r_notes"));
    }

    private static SourceRef source(ResultSet rs) throws SQLException {
        return new SourceRef(rs.getLong("s_id"), rs.getString("s_key"), rs.getString("s_publisher"),
                rs.getString("s_title"), rs.getString("s_url"), rs.getObject("s_published_on", LocalDate.class),
                rs.getBoolean("s_illustrative"));
    }

    private ExportedVoyage voyage(ResultSet rs) throws SQLException {
        List<double[]> path = new ArrayList<>();
        Double loadLat = (Double) rs.getObject("lp_lat");
        if (loadLat != null) {
            path.add(new double[] {rs.getDouble("lp_lon"), loadLat});
        }
        String along = rs.getString("path");
        if (along != null) {
            for (String point : along.split(";")) {
                String[] lonLat = point.split(" ");
                path.add(new double[] {Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1])});
            }
        }
        Double dischargeLat = (Double) rs.getObject("dp_lat");
        if (dischargeLat != null) {
            path.add(new double[] {rs.getDouble("dp_lon"), dischargeLat});
        }
        return new ExportedVoyage(
                rs.getObject("id", UUID.class),
                rs.getLong("tanker_id"),
                rs.getString("t_name"),
                rs.getString("t_imo"),
                rs.getString("lp_name"),
                rs.getString("dp_name"),
                rs.getString("lt_name"),
                EntryRows.instant(rs, "loading_from"),
                EntryRows.instant(rs, "loading_to"),
                EntryRows.instant(rs, "discharge_from"),
                EntryRows.instant(rs, "discharge_to"),
                VoyageStatus.valueOf(rs.getString("status")),
                rs.getInt("confidence"),
                rs.getBoolean("illustrative"),
                rs.getBoolean("includes_illustrative"),
                EstimateMethod.valueOf(rs.getString("estimate_method")),
                rounded(rs, "low_bbl", VolumeUnit.BARREL),
                rounded(rs, "central_bbl", VolumeUnit.BARREL),
                rounded(rs, "high_bbl", VolumeUnit.BARREL),
                rounded(rs, "low_t", VolumeUnit.TONNE),
                rounded(rs, "central_t", VolumeUnit.TONNE),
                rounded(rs, "high_t", VolumeUnit.TONNE),
                DesignatedAtTheTime.valueOf(rs.getString("designated")),
                path,
                sources(rs.getString("sources")));
    }

    private List<SourceRef> sources(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            List<SourceRef> sources = new ArrayList<>();
            for (JsonNode s : json.readTree(text)) {
                sources.add(new SourceRef(s.path("id").asLong(), s.path("key").asText(), s.path("publisher").asText(),
                        s.path("title").asText(), s.path("url").isNull() ? null : s.path("url").asText(null),
                        s.path("publishedOn").isNull() || s.path("publishedOn").isMissingNode() ? null
                                : LocalDate.parse(s.path("publishedOn").asText()),
                        s.path("illustrative").asBoolean()));
            }
            return sources;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the voyage's sources are built as JSON and always parse", e);
        }
    }

    /** Rounded as the API rounds bands ({@link VolumeUnit#round}): barrels to 1, tonnes to 0.1. */
    private static Double rounded(ResultSet rs, String column, VolumeUnit unit) throws SQLException {
        Double value = (Double) rs.getObject(column);
        return value == null ? null : unit.round(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
