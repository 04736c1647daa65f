package org.tidemark.chart;

import java.time.Instant;
import java.util.List;

/**
 * Everything the voyage timeline shows.
 *
 * @param events    sightings, as points
 * @param darkSpans AIS dark periods, as spans
 * @param asOf where open (in-progress) voyages end on the chart; {@code null} draws them one day long
 */
public record VoyageTimelineData(String title, List<VoyageBar> voyages, List<EventMarker> events,
        List<DarkSpan> darkSpans, Instant asOf, boolean includesIllustrative, String sourceLine) {

    public VoyageTimelineData {
        title = title == null ? "" : title;
        voyages = List.copyOf(voyages);
        events = List.copyOf(events);
        darkSpans = List.copyOf(darkSpans);
        sourceLine = sourceLine == null ? "" : sourceLine;
    }
}
