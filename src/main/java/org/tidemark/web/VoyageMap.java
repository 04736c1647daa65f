package org.tidemark.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tidemark.aistrack.AisTrackQueries;
import org.tidemark.domain.Port;
import org.tidemark.domain.VoyageStatus;
import org.tidemark.query.TimelineFilter;
import org.tidemark.query.VoyageView;
import org.tidemark.voyage.VoyagePage;
import org.tidemark.voyage.VoyageQueries;

/**
 * The ports and the voyages of a filter as a server-drawn SVG map over Natural Earth land (public domain, via
 * world-atlas; see docs/ARCHITECTURE.md): one line per load → discharge pair, as thick as its trips, dashed
 * when any of them is not a complete delivery; with one tanker in the filter, its AIS track (dashed across silences).
 * A voyage's own map draws its ports, the track of its days and the positions its events carry. Works offline; no
 * tiles.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoyageMap {

    static final int WIDTH = 800;
    static final int HEIGHT = 560;
    private static final int MAX_VOYAGES = 5_000;

    /** A voyage's track is read from this long before its loading to this long after its last evidence. */
    static final Duration TRACK_MARGIN = Duration.ofHours(12);

    private final VoyageQueries voyages;
    private final AisTrackQueries tracks;
    private final List<double[][]> land;

    VoyageMap(VoyageQueries voyages, AisTrackQueries tracks) {
        this.voyages = voyages;
        this.tracks = tracks;
        this.land = readLand();
    }

    /**
     * A line of a tanker's AIS track as [longitude, latitude] pairs; a gap joins the last report before a silence to
     * the first after it (drawn dashed: where it went is not known).
     */
    record TrackLine(List<double[]> lonLat, boolean gap, String title) {
    }

    /** A position an event carries, for the voyage's map. */
    record Point(double lon, double lat, String title) {
    }

    /** One drawn leg: a load and a discharge port and the trips between them. */
    record Leg(Port from, Port to, int trips, boolean uncertain) {
    }

    String draw(TimelineFilter filter) {
        List<Port> ports = Port.listAll(Sort.by("name"));
        Map<String, Leg> legs = new TreeMap<>();
        int notDrawn = 0;
        String cursor = null;
        int seen = 0;
        do {
            VoyagePage page = voyages.list(filter, cursor, 500);
            for (VoyageView v : page.entries()) {
                seen++;
                Port from = v.loadPort() == null ? null : byId(ports, v.loadPort().id());
                Port to = v.dischargePort() == null ? null : byId(ports, v.dischargePort().id());
                if (from == null || to == null) {
                    notDrawn++;
                    continue;
                }
                boolean uncertain = v.status() != VoyageStatus.COMPLETE;
                legs.merge(from.id + "-" + to.id + (uncertain ? "?" : ""), new Leg(from, to, 1, uncertain),
                        (a, b) -> new Leg(a.from(), a.to(), a.trips() + 1, a.uncertain()));
            }
            cursor = page.nextCursor();
        } while (cursor != null && seen < MAX_VOYAGES);
        List<TrackLine> track = filter.tankerId() == null ? List.of()
                : track(filter.tankerId(), filter.from(), filter.to());
        return svg(ports, new ArrayList<>(legs.values()), notDrawn, track, List.of());
    }

    /** The voyage's ports, its tanker's AIS track over its days, and its events' positions. */
    String drawVoyage(VoyageView v, Instant lastEvidence) {
        List<Port> ports = new ArrayList<>();
        for (VoyageView.Ref ref : new VoyageView.Ref[] {v.loadPort(), v.dischargePort()}) {
            if (ref != null) {
                Port p = Port.findById(ref.id());
                if (p != null) {
                    ports.add(p);
                }
            }
        }
        List<Point> points = new ArrayList<>();
        if (v.events() != null) {
            for (var entry : v.events()) {
                var e = entry.event();
                if (e != null && e.latitude() != null && e.longitude() != null) {
                    points.add(new Point(e.longitude(), e.latitude(), e.id() + ": " + e.type() + ", "
                            + e.occurredFrom() + " (" + e.positionSource() + ")"));
                }
            }
        }
        Instant end = v.dischargeTo() != null ? v.dischargeTo() : lastEvidence != null ? lastEvidence : v.loadingTo();
        List<TrackLine> track = track(v.tanker().id(), v.loadingFrom().minus(TRACK_MARGIN), end.plus(TRACK_MARGIN));
        List<Leg> legs = new ArrayList<>();
        if (ports.size() == 2) {
            legs.add(new Leg(ports.get(0), ports.get(1), 1, v.status() != VoyageStatus.COMPLETE));
        }
        return svg(ports, legs, 0, track, points);
    }

    /** The tanker's AIS track from {@code from} to {@code to} (either may be null), thinned for the view. */
    List<TrackLine> track(long tankerId, Instant from, Instant to) {
        List<TrackLine> lines = new ArrayList<>();
        for (AisTrackQueries.Feature f : tracks.tracks(tankerId, from, to, false).features()) {
            boolean gap = Boolean.TRUE.equals(f.properties().get("gap"));
            lines.add(new TrackLine(f.geometry().coordinates(), gap, (gap ? "AIS silent " : "AIS track ")
                    + f.properties().get("from") + " – " + f.properties().get("to") + " (MMSI " + f.properties().get("mmsi")
                    + ")"));
        }
        return lines;
    }

    String svg(List<Port> ports, List<Leg> legs, int notDrawn, List<TrackLine> track, List<Point> points) {
        double[] box = bounds(ports, track, points);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" class=\"map\" "
                + "role=\"img\" aria-labelledby=\"map-title\"><title id=\"map-title\">Ports and voyages: %d routes, "
                + "%d voyages without a known load or discharge port not drawn</title>", WIDTH, HEIGHT, legs.size(), notDrawn));
        s.append("<rect width=\"100%\" height=\"100%\" class=\"sea\"/>");
        for (double[][] ring : land) {
            List<double[]> clipped = Clip.toBox(ring, box);
            if (clipped.size() >= 3) {
                s.append("<path class=\"land\" d=\"");
                for (int i = 0; i < clipped.size(); i++) {
                    double[] p = project(clipped.get(i), box);
                    s.append(i == 0 ? 'M' : 'L').append(fmt(p[0])).append(',').append(fmt(p[1]));
                }
                s.append("Z\"/>");
            }
        }
        for (Leg leg : legs) {
            double[] a = project(new double[] {leg.from().longitude, leg.from().latitude}, box);
            double[] b = project(new double[] {leg.to().longitude, leg.to().latitude}, box);
            s.append(String.format(Locale.ROOT, "<line class=\"leg%s\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" "
                            + "stroke-width=\"%s\"><title>%s → %s: %d %s</title></line>",
                    leg.uncertain() ? " uncertain" : "", fmt(a[0]), fmt(a[1]), fmt(b[0]), fmt(b[1]),
                    fmt(Math.min(12, 1.5 + Math.sqrt(leg.trips()) * 1.5)), esc(leg.from().name), esc(leg.to().name),
                    leg.trips(), leg.uncertain() ? "trips not (yet) complete deliveries" : "complete deliveries"));
        }
        for (TrackLine line : track) {
            s.append("<polyline class=\"track").append(line.gap() ? " gap" : "").append("\" points=\"");
            for (double[] lonLat : line.lonLat()) {
                double[] p = project(lonLat, box);
                s.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
            }
            s.append("\"><title>").append(esc(line.title())).append("</title></polyline>");
        }
        for (Point pt : points) {
            double[] xy = project(new double[] {pt.lon(), pt.lat()}, box);
            s.append(String.format(Locale.ROOT, "<circle class=\"position\" cx=\"%s\" cy=\"%s\" r=\"4\"><title>%s</title></circle>",
                    fmt(xy[0]), fmt(xy[1]), esc(pt.title())));
        }
        for (Port p : ports) {
            double[] xy = project(new double[] {p.longitude, p.latitude}, box);
            if (xy[0] < 0 || xy[0] > WIDTH || xy[1] < 0 || xy[1] > HEIGHT) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "<g class=\"port %s\"><circle cx=\"%s\" cy=\"%s\" r=\"6\"/>"
                            + "<text x=\"%s\" y=\"%s\">%s</text></g>", p.role == null ? "" : p.role.name().toLowerCase(Locale.ROOT),
                    fmt(xy[0]), fmt(xy[1]), fmt(xy[0] + 9), fmt(xy[1] + 4), esc(p.name)));
        }
        s.append("<text x=\"8\" y=\"").append(HEIGHT - 8).append("\" class=\"attribution\">Land: Natural Earth (public domain)"
                + " via world-atlas</text></svg>");
        return s.toString();
    }

    /**
     * lon/lat box around the ports, the track and the points, with a margin, kept at the map's aspect; the Sea of Japan
     * when there is nothing.
     */
    static double[] bounds(List<Port> ports, List<TrackLine> track, List<Point> points) {
        List<double[]> all = new ArrayList<>();
        ports.forEach(p -> all.add(new double[] {p.longitude, p.latitude}));
        track.forEach(t -> all.addAll(t.lonLat()));
        points.forEach(p -> all.add(new double[] {p.lon(), p.lat()}));
        double w = 125, e = 140, s = 36, n = 46;
        if (!all.isEmpty()) {
            w = all.stream().mapToDouble(p -> p[0]).min().orElse(w) - 3;
            e = all.stream().mapToDouble(p -> p[0]).max().orElse(e) + 3;
            s = all.stream().mapToDouble(p -> p[1]).min().orElse(s) - 2;
            n = all.stream().mapToDouble(p -> p[1]).max().orElse(n) + 2;
        }
        double midLat = Math.toRadians((s + n) / 2);
        double lonSpan = e - w;
        double latSpan = n - s;
        double wanted = (double) WIDTH / HEIGHT;
        if (lonSpan * Math.cos(midLat) / latSpan < wanted) {
            double grow = latSpan * wanted / Math.cos(midLat) - lonSpan;
            w -= grow / 2;
            e += grow / 2;
        } else {
            double grow = lonSpan * Math.cos(midLat) / wanted - latSpan;
            s -= grow / 2;
            n += grow / 2;
        }
        return new double[] {w, e, s, n};
    }

    /** Equirectangular, scaled by the cosine of the middle latitude: plain and good enough for a sea. */
    static double[] project(double[] lonLat, double[] box) {
        return new double[] {(lonLat[0] - box[0]) / (box[1] - box[0]) * WIDTH,
                (box[3] - lonLat[1]) / (box[3] - box[2]) * HEIGHT};
    }

    private static Port byId(List<Port> ports, long id) {
        return ports.stream().filter(p -> p.id == id).findFirst().orElse(null);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<double[][]> readLand() {
        List<double[][]> rings = new ArrayList<>();
        try (InputStream in = VoyageMap.class.getResourceAsStream("/web/land-50m-east-asia.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] pairs = line.split(" ");
                double[][] ring = new double[pairs.length][];
                for (int i = 0; i < pairs.length; i++) {
                    int comma = pairs[i].indexOf(',');
                    ring[i] = new double[] {Double.parseDouble(pairs[i].substring(0, comma)),
                            Double.parseDouble(pairs[i].substring(comma + 1))};
                }
                rings.add(ring);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rings;
    }

    /** Sutherland–Hodgman: a ring clipped to a lon/lat box, so that only what shows is drawn. */
    static final class Clip {
        private Clip() {
        }

        static List<double[]> toBox(double[][] ring, double[] box) {
            List<double[]> out = List.of(ring);
            out = edge(out, 0, box[0] - 0.5, true);
            out = edge(out, 0, box[1] + 0.5, false);
            out = edge(out, 1, box[2] - 0.5, true);
            return edge(out, 1, box[3] + 0.5, false);
        }

        private static List<double[]> edge(List<double[]> in, int axis, double limit, boolean keepAbove) {
            List<double[]> out = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                double[] cur = in.get(i);
                double[] prev = in.get((i + in.size() - 1) % in.size());
                boolean curIn = keepAbove ? cur[axis] >= limit : cur[axis] <= limit;
                boolean prevIn = keepAbove ? prev[axis] >= limit : prev[axis] <= limit;
                if (curIn != prevIn) {
                    double t = (limit - prev[axis]) / (cur[axis] - prev[axis]);
                    out.add(new double[] {prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])});
                }
                if (curIn) {
                    out.add(cur);
                }
            }
            return out;
        }
    }
}
