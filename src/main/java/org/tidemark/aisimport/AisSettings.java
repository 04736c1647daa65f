package org.tidemark.aisimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tidemark.ais.DetectionSettings;
import org.tidemark.domain.DomainException;

/**
 * What one detection run used: the detector's thresholds and the radius registered ports are watched in. Built from
 * the defaults and the overrides a request names (each refused by name when it does not parse or is out of range).
 */
public record AisSettings(DetectionSettings detection, double portRadiusKm) {

    public static final AisSettings DEFAULTS = new AisSettings(DetectionSettings.DEFAULTS,
            DetectionSettings.DEFAULT_PORT_RADIUS_KM);

    /** The override names, as query parameters and CLI options take them. */
    public static final Set<String> NAMES = Set.of("darkGap", "portGap", "stopSpeedKn", "minStop", "exitMarginKm",
            "minPortCallConfidence", "ladenMarginM", "minDraughtChangeM", "encounterDistanceKm", "encounterMinDuration",
            "encounterSampleInterval", "encounterMaxInterpolation", "encounterSlowSpeedKn", "encountersInPort",
            "portRadiusKm");

    /** The defaults with {@code overrides} (name → text; null or absent values keep the default). */
    public static AisSettings of(Map<String, String> overrides) {
        DetectionSettings d = DetectionSettings.DEFAULTS;
        Map<String, String> given = new LinkedHashMap<>();
        overrides.forEach((k, v) -> {
            if (v != null) {
                if (!NAMES.contains(k)) {
                    throw DomainException.invalid(k, "not a detection setting; the settings are " + new java.util.TreeSet<>(NAMES));
                }
                given.put(k, v.strip());
            }
        });
        double radius = number(given, "portRadiusKm", DetectionSettings.DEFAULT_PORT_RADIUS_KM, 0.01, 100);
        try {
            DetectionSettings s = new DetectionSettings(
                    duration(given, "darkGap", d.darkGap()),
                    duration(given, "portGap", d.portGap()),
                    number(given, "stopSpeedKn", d.stopSpeedKn(), 0.01, 102.2),
                    duration(given, "minStop", d.minStop()),
                    number(given, "exitMarginKm", d.exitMarginKm(), 0, 100),
                    wholeNumber(given, "minPortCallConfidence", d.minPortCallConfidence(), 1, 4),
                    number(given, "ladenMarginM", d.ladenMarginM(), 0, 25.5),
                    number(given, "minDraughtChangeM", d.minDraughtChangeM(), 0.01, 25.5),
                    number(given, "encounterDistanceKm", d.encounterDistanceKm(), 0.01, 50),
                    duration(given, "encounterMinDuration", d.encounterMinDuration()),
                    duration(given, "encounterSampleInterval", d.encounterSampleInterval()),
                    duration(given, "encounterMaxInterpolation", d.encounterMaxInterpolation()),
                    number(given, "encounterSlowSpeedKn", d.encounterSlowSpeedKn(), 0.01, 102.2),
                    flag(given, "encountersInPort", d.encountersInPort()));
            return new AisSettings(s, radius);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(null, "the detection settings do not fit together: " + e.getMessage());
        }
    }

    /** The settings as stored and shown: durations in ISO-8601 (PT12H), in a fixed order. */
    public Map<String, Object> describe() {
        DetectionSettings d = detection;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("darkGap", d.darkGap().toString());
        m.put("portGap", d.portGap().toString());
        m.put("stopSpeedKn", d.stopSpeedKn());
        m.put("minStop", d.minStop().toString());
        m.put("exitMarginKm", d.exitMarginKm());
        m.put("minPortCallConfidence", d.minPortCallConfidence());
        m.put("ladenMarginM", d.ladenMarginM());
        m.put("minDraughtChangeM", d.minDraughtChangeM());
        m.put("encounterDistanceKm", d.encounterDistanceKm());
        m.put("encounterMinDuration", d.encounterMinDuration().toString());
        m.put("encounterSampleInterval", d.encounterSampleInterval().toString());
        m.put("encounterMaxInterpolation", d.encounterMaxInterpolation().toString());
        m.put("encounterSlowSpeedKn", d.encounterSlowSpeedKn());
        m.put("encountersInPort", d.encountersInPort());
        m.put("portRadiusKm", portRadiusKm);
        return m;
    }

    /** One line, for a source's notes and a retraction's reason. */
    public String inWords() {
        StringBuilder b = new StringBuilder();
        describe().forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return b.toString();
    }

    /** SHA-256 of {@link #inWords()}: the same settings, the same hash. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(inWords().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Duration duration(Map<String, String> given, String name, Duration fallback) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(text.toUpperCase(Locale.ROOT));
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(365)) > 0) {
                throw DomainException.invalid(name, name + " must be longer than zero and at most a year (given " + text + ")");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name, name + " must be an ISO-8601 duration such as PT12H or PT30M (given '"
                    + text + "')");
        }
    }

    private static double number(Map<String, String> given, String name, double fallback, double min, double max) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, name + " must be a number (given '" + text + "')");
        }
        if (!(v >= min && v <= max)) {
            throw DomainException.invalid(name, name + " must be from " + min + " to " + max + " (given " + text + ")");
        }
        return v;
    }

    private static int wholeNumber(Map<String, String> given, String name, int fallback, int min, int max) {
        double v = number(given, name, fallback, min, max);
        if (v != Math.rint(v)) {
            throw DomainException.invalid(name, name + " must be a whole number from " + min + " to " + max
                    + " (given " + given.get(name) + ")");
        }
        return (int) v;
    }

    private static boolean flag(Map<String, String> given, String name, boolean fallback) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DomainException.invalid(name, name + " must be true or false (given '" + text + "')");
        };
    }
}
