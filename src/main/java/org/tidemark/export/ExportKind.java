package org.tidemark.export;

/** What an export holds and in which format: its file name stem, extension and media type. */
public enum ExportKind {
    /** One row per event, re-importable (spreadsheets, Datawrapper, another Tidemark). */
    EVENTS_CSV("events", "csv", "text/csv; charset=UTF-8"),
    /** One row per derived voyage with its estimate band. */
    VOYAGES_CSV("voyages", "csv", "text/csv; charset=UTF-8"),
    /** Ports, positioned events and voyage tracks as GeoJSON (QGIS, web maps). */
    MAP_GEOJSON("map", "geojson", "application/geo+json"),
    /** The same map as KML 2.2 with time spans (Google Earth's time slider). */
    MAP_KML("map", "kml", "application/vnd.google-earth.kml+xml"),
    /** Voyages as TimelineJS slides grouped by tanker. */
    TIMELINEJS("timelinejs", "json", "application/json");

    private final String stem;
    private final String extension;
    private final String mediaType;

    ExportKind(String stem, String extension, String mediaType) {
        this.stem = stem;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String stem() {
        return stem;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
