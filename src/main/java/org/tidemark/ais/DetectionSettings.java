package org.tidemark.ais;

import java.time.Duration;
import java.util.Objects;

/**
 * Every threshold of AIS detection. The defaults and where each comes from are in docs/AIS.md, "Settings".
 *
 * @param darkGap                   consecutive reports further apart than this are a dark gap (AIS_OFF / AIS_ON)
 * @param portGap                   a silence longer than this inside a geofence (or across its line) is a port gap
 * @param stopSpeedKn               below this speed a vessel in a geofence is stopped
 * @param minStop                   … for at least this long, to count as a stop
 * @param exitMarginKm              a vessel leaves a geofence only when further than this outside it
 * @param minPortCallConfidence     port calls below this confidence give no events
 * @param ladenMarginM              with a known ballast draught, at least this much deeper is laden
 * @param minDraughtChangeM         without one, a rise (fall) of at least this much over a call is laden (ballast)
 * @param encounterDistanceKm       two vessels this close …
 * @param encounterMinDuration      … for at least this long have met
 * @param encounterSampleInterval   tracks are compared at this step
 * @param encounterMaxInterpolation positions are interpolated between reports at most this far apart
 * @param encounterSlowSpeedKn      a meeting with a median speed below this is confidence 3, else 2
 * @param encountersInPort          whether proximity inside a geofence counts (berths put vessels side by side)
 */
public record DetectionSettings(Duration darkGap, Duration portGap, double stopSpeedKn, Duration minStop,
                                double exitMarginKm, int minPortCallConfidence, double ladenMarginM,
                                double minDraughtChangeM, double encounterDistanceKm, Duration encounterMinDuration,
                                Duration encounterSampleInterval, Duration encounterMaxInterpolation,
                                double encounterSlowSpeedKn, boolean encountersInPort) {

    /**
     * The radius of the circle a registered port is watched in when it has no geofence of its own (the registry keeps
     * one point per port): 5 km covers a small port's basin and anchorage. Tidemark's choice; docs/AIS.md.
     */
    public static final double DEFAULT_PORT_RADIUS_KM = 5.0;

    public static final DetectionSettings DEFAULTS = new DetectionSettings(Duration.ofHours(12), Duration.ofHours(4),
            0.5, Duration.ofHours(1), 1.0, 2, 1.0, 0.5, 0.5, Duration.ofHours(2), Duration.ofMinutes(10),
            Duration.ofHours(1), 2.0, false);

    public DetectionSettings {
        for (Duration d : new Duration[] {darkGap, portGap, minStop, encounterMinDuration, encounterSampleInterval,
                encounterMaxInterpolation}) {
            Objects.requireNonNull(d, "a duration setting");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive: " + d);
            }
        }
        if (encounterSampleInterval.toSeconds() < 1) {
            throw new IllegalArgumentException("the encounter sample interval is at least a second");
        }
        if (minPortCallConfidence < 1 || minPortCallConfidence > 4) {
            throw new IllegalArgumentException("confidence is 1 to 4");
        }
        if (!(stopSpeedKn > 0 && exitMarginKm >= 0 && ladenMarginM >= 0 && minDraughtChangeM > 0
                && encounterDistanceKm > 0 && encounterSlowSpeedKn > 0)) {
            throw new IllegalArgumentException("speeds, distances and draughts must be positive");
        }
    }

    public DetectionSettings withDarkGap(Duration d) {
        return new DetectionSettings(d, portGap, stopSpeedKn, minStop, exitMarginKm, minPortCallConfidence, ladenMarginM,
                minDraughtChangeM, encounterDistanceKm, encounterMinDuration, encounterSampleInterval,
                encounterMaxInterpolation, encounterSlowSpeedKn, encountersInPort);
    }

    public DetectionSettings withMinPortCallConfidence(int c) {
        return new DetectionSettings(darkGap, portGap, stopSpeedKn, minStop, exitMarginKm, c, ladenMarginM,
                minDraughtChangeM, encounterDistanceKm, encounterMinDuration, encounterSampleInterval,
                encounterMaxInterpolation, encounterSlowSpeedKn, encountersInPort);
    }
}
