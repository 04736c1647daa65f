package org.tidemark.ais;

/** Distances on the sphere (haversine, mean Earth radius): good to about 0.5 % for the distances here. */
final class GreatCircle {

    static final double EARTH_RADIUS_KM = 6371.0088;
    static final double KM_PER_NM = 1.852;
    /** Kilometres per degree of latitude. */
    static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

    private GreatCircle() {
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double s1 = Math.sin(dp / 2);
        double s2 = Math.sin(dl / 2);
        double a = s1 * s1 + Math.cos(p1) * Math.cos(p2) * s2 * s2;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
