package org.tidemark.voyage;

import java.util.List;

import org.tidemark.query.VoyageView;

/**
 * One page of voyages, in the shape of every page Tidemark serves (as {@code TimelinePage}): the entries,
 * the cursor of the next page in the body, and the page size.
 *
 * @param nextCursor pass it back as {@code cursor} for the next page; null on the last page
 * @param limit      the page size asked for
 */
public record VoyagePage(List<VoyageView> entries, String nextCursor, int limit) {
}
