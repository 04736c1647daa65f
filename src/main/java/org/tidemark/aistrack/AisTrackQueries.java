package org.tidemark.aistrack;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import org.tidemark.ais.DetectionSettings;
import org.tidemark.config.AisConfig;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.Tanker;
import org.tidemark.registry.References;

/** The stored AIS reports read back: a tanker's tracks as GeoJSON, and the vessels seen (matched or not). SQL only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AisTrackQueries {

    /** A vessel seen in stored reports. */
    public record VesselView(String mmsi, String lastName, String lastImo, Instant firstReport, Instant lastReport,
                             long reports, Long matchedTankerId, String matchedTankerName) {
    }

    /** GeoJSON (RFC 7946): a FeatureCollection. */
    public record FeatureCollection(String type, List<Feature> features, Map<String, Object> properties) {
    }

    /** A GeoJSON Feature with a LineString. */
    public record Feature(String type, LineString geometry, Map<String, Object> properties) {
    }

    /** Coordinates as [longitude, latitude] (RFC 7946: longitude first). */
    public record LineString(String type, List<double[]> coordinates) {
    }

    private final EntityManager em;
    private final References references;
    private final AisConfig config;

    AisTrackQueries(EntityManager em, References references, AisConfig config) {
        this.em = em;
        this.references = references;
        this.config = config;
    }

    /** The vessels seen, by MMSI; only those no tanker was matched to when {@code unmatchedOnly}. */
    public List<VesselView> vessels(boolean unmatchedOnly) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<VesselView> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select v.mmsi, v.last_name, v.last_imo, v.first_report, v.last_report, v.reports, v.matched_tanker_id,
                           t.name
                    from ais_vessel v left join tanker t on t.id = v.matched_tanker_id
                    where (not ? or v.matched_tanker_id is null)
                    order by v.mmsi limit 10000""")) {
                ps.setBoolean(1, unmatchedOnly);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Long tanker = rs.getObject(7) == null ? null : rs.getLong(7);
                        out.add(new VesselView(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getLong(6), tanker,
                                rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The tanker's reports between {@code from} and {@code to} (any MMSI it held or was matched by) as LineStrings per
     * MMSI, split at silences longer than the dark-gap threshold, each silence a feature of its own with
     * {@code "gap": true}. Thinned to {@code tidemark.ais.track-points} per line unless {@code exact}; an exact answer
     * over {@code tidemark.ais.exact-track-points} is a 400 naming the limit.
     */
    public FeatureCollection tracks(String tankerReference, Instant from, Instant to, boolean exact) {
        return tracks(references.tanker(tankerReference), from, to, exact);
    }

    /** As {@link #tracks(String, Instant, Instant, boolean)}, for a tanker already known by its id. */
    public FeatureCollection tracks(long tankerId, Instant from, Instant to, boolean exact) {
        Tanker tanker = Tanker.findById(tankerId);
        if (tanker == null) {
            throw DomainException.notFound("there is no tanker " + tankerId);
        }
        return tracks(tanker, from, to, exact);
    }

    private FeatureCollection tracks(Tanker tanker, Instant from, Instant to, boolean exact) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw DomainException.invalid("to", "to (" + to + ") must be after from (" + from + ")");
        }
        long gapSeconds = DetectionSettings.DEFAULTS.darkGap().toSeconds();
        return em.unwrap(Session.class).doReturningWork(c -> {
            String[] mmsis = mmsis(c, tanker.id);
            Instant lo = from == null ? Instant.parse("1900-01-01T00:00:00Z") : from;
            Instant hi = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
            Array array = c.createArrayOf("varchar", mmsis);
            if (exact) {
                long count = count(c, array, lo, hi);
                if (count > config.exactTrackPoints()) {
                    throw DomainException.invalid("exact", "the exact track holds " + count + " reports, more than "
                            + config.exactTrackPoints() + " (tidemark.ais.exact-track-points); narrow from/to, or "
                            + "leave exact out for a track thinned to " + config.trackPoints() + " points a line");
                }
            }
            List<Feature> features = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select mmsi, reported_at, lat, lon from ais_position
                    where mmsi = any (?) and reported_at >= ? and reported_at < ?
                    order by mmsi, reported_at""")) {
                ps.setFetchSize(10_000);
                ps.setArray(1, array);
                ps.setTimestamp(2, Timestamp.from(lo));
                ps.setTimestamp(3, Timestamp.from(hi));
                try (ResultSet rs = ps.executeQuery()) {
                    Column col = new Column();
                    while (rs.next()) {
                        String mmsi = rs.getString(1);
                        if (col.mmsi != null && !col.mmsi.equals(mmsi)) {
                            col.features(features, gapSeconds, exact ? Integer.MAX_VALUE : config.trackPoints());
                            col = new Column();
                        }
                        col.add(mmsi, rs.getTimestamp(2).toInstant().getEpochSecond(), rs.getDouble(3), rs.getDouble(4));
                    }
                    col.features(features, gapSeconds, exact ? Integer.MAX_VALUE : config.trackPoints());
                }
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("tankerId", tanker.id);
            props.put("tanker", tanker.name);
            props.put("mmsis", List.of(mmsis));
            props.put("gapThreshold", Duration.ofSeconds(gapSeconds).toString());
            props.put("exact", exact);
            return new FeatureCollection("FeatureCollection", features, props);
        });
    }

    /** The MMSIs the tanker holds or held, and those AIS imports matched to it. */
    private static String[] mmsis(Connection c, long tankerId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select mmsi from tanker where id = ? and mmsi is not null
                union select value from tanker_identity where tanker_id = ? and kind = 'MMSI'
                union select mmsi from ais_vessel where matched_tanker_id = ?
                order by 1""")) {
            ps.setLong(1, tankerId);
            ps.setLong(2, tankerId);
            ps.setLong(3, tankerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1).strip());
                }
            }
        }
        return out.toArray(String[]::new);
    }

    private static long count(Connection c, Array mmsis, Instant lo, Instant hi) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from ais_position where mmsi = any (?) and reported_at >= ? and reported_at < ?")) {
            ps.setArray(1, mmsis);
            ps.setTimestamp(2, Timestamp.from(lo));
            ps.setTimestamp(3, Timestamp.from(hi));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One vessel's points as they are read. */
    private static final class Column {
        String mmsi;
        int n;
        long[] t = new long[256];
        double[] lat = new double[256];
        double[] lon = new double[256];

        void add(String m, long time, double la, double lo) {
            mmsi = m;
            if (n == t.length) {
                t = Arrays.copyOf(t, n * 2);
                lat = Arrays.copyOf(lat, n * 2);
                lon = Arrays.copyOf(lon, n * 2);
            }
            t[n] = time;
            lat[n] = la;
            lon[n] = lo;
            n++;
        }

        void features(List<Feature> out, long gapSeconds, int maxPoints) {
            if (n == 0) {
                return;
            }
            List<int[]> segments = TrackGeometry.segments(t, n, gapSeconds);
            for (int s = 0; s < segments.size(); s++) {
                int[] seg = segments.get(s);
                int[] idx = TrackGeometry.thin(seg[0], seg[1], maxPoints);
                List<double[]> coords = new ArrayList<>(Math.max(2, idx.length));
                for (int i : idx) {
                    coords.add(new double[] {lon[i], lat[i]});
                }
                if (coords.size() == 1) {
                    coords.add(coords.get(0)); // a LineString needs two positions; a lone report is a line of length 0
                }
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("mmsi", mmsi);
                props.put("gap", false);
                props.put("from", Instant.ofEpochSecond(t[seg[0]]).toString());
                props.put("to", Instant.ofEpochSecond(t[seg[1]]).toString());
                props.put("reports", seg[1] - seg[0] + 1);
                props.put("points", idx.length);
                props.put("downsampled", idx.length < seg[1] - seg[0] + 1);
                out.add(new Feature("Feature", new LineString("LineString", coords), props));
                if (s + 1 < segments.size()) {
                    int a = seg[1];
                    int b = segments.get(s + 1)[0];
                    Map<String, Object> gap = new LinkedHashMap<>();
                    gap.put("mmsi", mmsi);
                    gap.put("gap", true);
                    gap.put("from", Instant.ofEpochSecond(t[a]).toString());
                    gap.put("to", Instant.ofEpochSecond(t[b]).toString());
                    gap.put("hours", Math.round((t[b] - t[a]) / 36.0) / 100.0);
                    out.add(new Feature("Feature", new LineString("LineString",
                            List.of(new double[] {lon[a], lat[a]}, new double[] {lon[b], lat[b]})), gap));
                }
            }
        }
    }
}
