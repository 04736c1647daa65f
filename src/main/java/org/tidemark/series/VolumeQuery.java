package org.tidemark.series;

import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.TimelineFilter;

/**
 * What a volume series is asked for.
 *
 * @param filter     which voyages count; a null from/to defaults to the span of the matching voyages
 * @param cumulative running totals instead of per-interval amounts
 * @param unit       BARREL or TONNE; null: the cap's unit when a cap is given, else BARREL
 * @param cap        a cap's id or code, or null; with a cap, cumulative totals restart every 1 January
 */
public record VolumeQuery(TimelineFilter filter, Interval interval, boolean cumulative, VolumeUnit unit, String cap) {
}
