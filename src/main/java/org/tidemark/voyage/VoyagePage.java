package org.tidemark.voyage;

import java.util.List;

import org.tidemark.query.VoyageView;

/**
 * One page of voyages.
 *
 * @param nextCursor pass it back as {@code cursor} for the next page; null on the last page
 */
public record VoyagePage(List<VoyageView> voyages, String nextCursor) {
}
