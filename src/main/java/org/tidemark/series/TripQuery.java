package org.tidemark.series;

import org.tidemark.query.TimelineFilter;

/**
 * What a trip series is asked for.
 *
 * @param filter                which voyages count; a null from/to defaults to the span of the matching voyages
 * @param splitByDischargePort  count per discharge port as well (unknown discharge port is its own group)
 */
public record TripQuery(TimelineFilter filter, Interval interval, boolean splitByDischargePort) {
}
