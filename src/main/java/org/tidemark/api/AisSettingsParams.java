package org.tidemark.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** AIS detection settings a request overrides (docs/AIS.md, "Settings"); absent ones keep their defaults. */
public class AisSettingsParams {

    private static final String DURATION = " An ISO-8601 duration (PT12H, PT30M).";

    @QueryParam("darkGap")
    @Parameter(description = "Consecutive reports further apart than this are a dark gap (AIS_OFF/AIS_ON). Default PT12H." + DURATION)
    public String darkGap;
    @QueryParam("portGap")
    @Parameter(description = "A silence longer than this in a geofence is a port gap. Default PT4H." + DURATION)
    public String portGap;
    @QueryParam("stopSpeedKn")
    @Parameter(description = "Below this speed (knots) a vessel in a geofence is stopped. Default 0.5.")
    public String stopSpeedKn;
    @QueryParam("minStop")
    @Parameter(description = "A stop lasts at least this long. Default PT1H." + DURATION)
    public String minStop;
    @QueryParam("exitMarginKm")
    @Parameter(description = "A vessel leaves a geofence only when further than this outside it (km). Default 1.0.")
    public String exitMarginKm;
    @QueryParam("minPortCallConfidence")
    @Parameter(description = "Port calls below this confidence (1-4) propose no events. Default 2.")
    public String minPortCallConfidence;
    @QueryParam("ladenMarginM")
    @Parameter(description = "With a known ballast draught, at least this much deeper (m) is laden. Default 1.0.")
    public String ladenMarginM;
    @QueryParam("minDraughtChangeM")
    @Parameter(description = "Without one, a rise (fall) of at least this much (m) over a call is laden (ballast). Default 0.5.")
    public String minDraughtChangeM;
    @QueryParam("encounterDistanceKm")
    @Parameter(description = "Two vessels this close (km) … Default 0.5.")
    public String encounterDistanceKm;
    @QueryParam("encounterMinDuration")
    @Parameter(description = "… for at least this long have met. Default PT2H." + DURATION)
    public String encounterMinDuration;
    @QueryParam("encounterSampleInterval")
    @Parameter(description = "Tracks are compared at this step. Default PT10M." + DURATION)
    public String encounterSampleInterval;
    @QueryParam("encounterMaxInterpolation")
    @Parameter(description = "Positions are interpolated between reports at most this far apart. Default PT1H." + DURATION)
    public String encounterMaxInterpolation;
    @QueryParam("encounterSlowSpeedKn")
    @Parameter(description = "A meeting with a median speed below this (knots) is confidence 3, else 2. Default 2.0.")
    public String encounterSlowSpeedKn;
    @QueryParam("encountersInPort")
    @Parameter(description = "true: proximity inside a geofence counts as an encounter. Default false.")
    public String encountersInPort;
    @QueryParam("portRadiusKm")
    @Parameter(description = "Registered ports are watched in a circle of this radius (km) around their position. Default 5.0.")
    public String portRadiusKm;

    /** The settings given, by name. */
    Map<String, String> given() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("darkGap", darkGap);
        m.put("portGap", portGap);
        m.put("stopSpeedKn", stopSpeedKn);
        m.put("minStop", minStop);
        m.put("exitMarginKm", exitMarginKm);
        m.put("minPortCallConfidence", minPortCallConfidence);
        m.put("ladenMarginM", ladenMarginM);
        m.put("minDraughtChangeM", minDraughtChangeM);
        m.put("encounterDistanceKm", encounterDistanceKm);
        m.put("encounterMinDuration", encounterMinDuration);
        m.put("encounterSampleInterval", encounterSampleInterval);
        m.put("encounterMaxInterpolation", encounterMaxInterpolation);
        m.put("encounterSlowSpeedKn", encounterSlowSpeedKn);
        m.put("encountersInPort", encountersInPort);
        m.put("portRadiusKm", portRadiusKm);
        return m;
    }
}
