package org.tidemark.timeline;

import java.util.List;

/**
 * One page of voyages.
 *
 * @param nextCursor pass it back as {@code cursor} for the next page; null on the last page
 */
public record VoyagePage(List<VoyageView> voyages, String nextCursor) {
}
