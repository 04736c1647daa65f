package org.tidemark.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Geofences: inside, outside, and the exit margin, for circles and polygons (synthetic positions). */
class GeofenceTest {

    private static final double KM_LAT = 1 / GreatCircle.KM_PER_DEGREE;

    @Test
    void aCircleHoldsWhatIsWithinItsRadiusAndTheMarginWidensIt() {
        Geofence.Circle c = new Geofence.Circle(40, 130, 5);
        assertThat(c.contains(40 + 4.9 * KM_LAT, 130)).isTrue();
        assertThat(c.contains(40 + 5.1 * KM_LAT, 130)).isFalse();
        assertThat(c.within(40 + 5.9 * KM_LAT, 130, 1)).isTrue();
        assertThat(c.within(40 + 6.1 * KM_LAT, 130, 1)).isFalse();
        double kmLon = 1 / (GreatCircle.KM_PER_DEGREE * Math.cos(Math.toRadians(40)));
        assertThat(c.contains(40, 130 + 4.9 * kmLon)).as("east, where a degree is shorter").isTrue();
        assertThat(c.contains(40, 130 + 5.1 * kmLon)).isFalse();
    }

    @Test
    void aPolygonHoldsItsInsideAndTheMarginReachesPastEachEdge() {
        // An L-shaped berth: the notch at the north-east is outside.
        Geofence.Polygon p = new Geofence.Polygon(new double[] {40.0, 40.0, 40.01, 40.01, 40.02, 40.02},
                new double[] {130.0, 130.02, 130.02, 130.01, 130.01, 130.0});
        assertThat(p.contains(40.005, 130.015)).isTrue();
        assertThat(p.contains(40.015, 130.005)).isTrue();
        assertThat(p.contains(40.015, 130.015)).as("in the notch").isFalse();
        assertThat(p.within(40.015, 130.015, 0.5)).as("the notch is within 0.5 km of an edge").isTrue();
        assertThat(p.within(40.0 - 0.4 * KM_LAT, 130.01, 0.5)).isTrue();
        assertThat(p.within(40.0 - 0.6 * KM_LAT, 130.01, 0.5)).isFalse();
    }

    @Test
    void degenerateShapesAreRefused() {
        assertThatThrownBy(() -> new Geofence.Circle(40, 130, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Geofence.Polygon(new double[] {1, 2}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
