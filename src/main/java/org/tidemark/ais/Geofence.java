package org.tidemark.ais;

/**
 * The area a port call is detected in: a circle (a radius around a point) or a polygon (a berth, a terminal).
 * Each answers "inside?" and "inside or within a margin?", the latter for the exit test, so that a vessel lying
 * on the line does not enter and leave with every report.
 */
public sealed interface Geofence permits Geofence.Circle, Geofence.Polygon {

    boolean contains(double lat, double lon);

    /** Inside, or no further than {@code marginKm} from the boundary. */
    boolean within(double lat, double lon, double marginKm);

    /** A circle of {@code radiusKm} around a point. */
    final class Circle implements Geofence {

        private final double lat;
        private final double lon;
        private final double radiusKm;
        /** Half the bounding box's height and width in degrees. */
        private final double dLat;
        private final double dLon;

        public Circle(double lat, double lon, double radiusKm) {
            if (!(radiusKm > 0) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new IllegalArgumentException("a circle needs a position and a positive radius");
            }
            this.lat = lat;
            this.lon = lon;
            this.radiusKm = radiusKm;
            this.dLat = radiusKm / GreatCircle.KM_PER_DEGREE;
            double widestLat = Math.min(89.9, Math.abs(lat) + dLat * 2);
            this.dLon = radiusKm / (GreatCircle.KM_PER_DEGREE * Math.cos(Math.toRadians(widestLat)));
        }

        public double lat() {
            return lat;
        }

        public double lon() {
            return lon;
        }

        public double radiusKm() {
            return radiusKm;
        }

        @Override
        public String toString() {
            return "Circle[" + lat + ", " + lon + ", " + radiusKm + " km]";
        }

        @Override
        public boolean contains(double lat, double lon) {
            return within(lat, lon, 0);
        }

        @Override
        public boolean within(double lat, double lon, double marginKm) {
            double scale = 1 + marginKm / radiusKm;
            // Bounding box first: most reports are nowhere near the port, and this costs two subtractions.
            if (Math.abs(lat - this.lat) > dLat * scale || Math.abs(lon - this.lon) > dLon * scale) {
                return false;
            }
            return GreatCircle.km(this.lat, this.lon, lat, lon) <= radiusKm + marginKm;
        }
    }

    /**
     * A simple polygon of vertices (latitude, longitude), not closed by repeating the first. Inside by the even-odd
     * rule in plain degrees, which is exact enough for berth- and port-sized shapes away from the poles and the
     * antimeridian.
     */
    final class Polygon implements Geofence {

        private final double[] lats;
        private final double[] lons;
        private final double minLat;
        private final double maxLat;
        private final double minLon;
        private final double maxLon;

        public Polygon(double[] lats, double[] lons) {
            if (lats.length != lons.length || lats.length < 3) {
                throw new IllegalArgumentException("a polygon needs three or more vertices, as many latitudes as longitudes");
            }
            this.lats = lats.clone();
            this.lons = lons.clone();
            this.minLat = min(lats);
            this.maxLat = max(lats);
            this.minLon = min(lons);
            this.maxLon = max(lons);
        }

        @Override
        public String toString() {
            return "Polygon[" + lats.length + " vertices]";
        }

        @Override
        public boolean contains(double lat, double lon) {
            if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) {
                return false;
            }
            boolean inside = false;
            for (int i = 0, j = lats.length - 1; i < lats.length; j = i++) {
                if ((lats[i] > lat) != (lats[j] > lat)
                        && lon < (lons[j] - lons[i]) * (lat - lats[i]) / (lats[j] - lats[i]) + lons[i]) {
                    inside = !inside;
                }
            }
            return inside;
        }

        @Override
        public boolean within(double lat, double lon, double marginKm) {
            double mLat = marginKm / GreatCircle.KM_PER_DEGREE;
            double kmPerLon = GreatCircle.KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(lat)));
            double mLon = marginKm / kmPerLon;
            if (lat < minLat - mLat || lat > maxLat + mLat || lon < minLon - mLon || lon > maxLon + mLon) {
                return false;
            }
            if (contains(lat, lon)) {
                return true;
            }
            // Distance to each edge in a local flat projection around the report.
            for (int i = 0, j = lats.length - 1; i < lats.length; j = i++) {
                double ax = (lons[j] - lon) * kmPerLon;
                double ay = (lats[j] - lat) * GreatCircle.KM_PER_DEGREE;
                double bx = (lons[i] - lon) * kmPerLon;
                double by = (lats[i] - lat) * GreatCircle.KM_PER_DEGREE;
                double dx = bx - ax;
                double dy = by - ay;
                double len2 = dx * dx + dy * dy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
                double px = ax + t * dx;
                double py = ay + t * dy;
                if (px * px + py * py <= marginKm * marginKm) {
                    return true;
                }
            }
            return false;
        }

        private static double min(double[] v) {
            double m = Double.POSITIVE_INFINITY;
            for (double x : v) {
                m = Math.min(m, x);
            }
            return m;
        }

        private static double max(double[] v) {
            double m = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                m = Math.max(m, x);
            }
            return m;
        }
    }
}
