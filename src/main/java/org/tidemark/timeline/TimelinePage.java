package org.tidemark.timeline;

import java.util.List;

import org.tidemark.query.TimelineEntry;

/**
 * One page of the timeline.
 *
 * @param nextCursor pass it back as {@code cursor} for the next page; null on the last page
 * @param limit      the page size asked for
 */
public record TimelinePage(List<TimelineEntry> entries, String nextCursor, int limit) {
}
