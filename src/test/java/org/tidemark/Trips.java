package org.tidemark;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Builds voyages over the API: a loading at the fixture's loading port and, optionally, an arrival at a discharge port. */
public final class Trips {

    private Trips() {
    }

    /** Registers a tanker with the given particulars (e.g. cargoCapacityT, deadweightT, or none); returns its name. */
    public static String tanker(Fixtures f, String label, Map<String, Object> particulars) {
        String name = label + " " + f.tankerId;
        Map<String, Object> body = new HashMap<>(particulars);
        body.put("name", name);
        Fixtures.post("/api/tankers", body);
        return name;
    }

    /** Registers another port; returns its name. */
    public static String port(Fixtures f, String label, String role) {
        String name = label + " " + f.tankerId;
        Fixtures.post("/api/ports", Map.of("name", name, "country", "KP", "latitude", 39.0, "longitude", 125.0,
                "role", role));
        return name;
    }

    /**
     * A LOADING at the fixture's loading port on {@code loadDay}, then (unless {@code dischargePort} is null) an
     * ARRIVAL there three days later. {@code onLoading} adds fields to the loading event (reportedVolume…).
     * Returns the loading event's id.
     */
    public static long trip(Fixtures f, String tanker, String loadDay, String dischargePort, Map<String, Object> onLoading) {
        Map<String, Object> loading = f.event("LOADING", loadDay, f.loadingPort);
        loading.put("tanker", tanker);
        loading.putAll(onLoading);
        long id = Fixtures.post("/api/events", loading).jsonPath().getLong("id");
        if (dischargePort != null) {
            Map<String, Object> arrival = f.event("ARRIVAL", LocalDate.parse(loadDay).plusDays(3).toString(), dischargePort);
            arrival.put("tanker", tanker);
            Fixtures.post("/api/events", arrival);
        }
        return id;
    }
}
