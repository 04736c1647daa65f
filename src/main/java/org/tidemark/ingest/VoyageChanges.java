package org.tidemark.ingest;

/** How a re-derivation changed the stored voyages: by voyage id, which are new, gone, or differ in any column or evidence. */
public record VoyageChanges(int added, int removed, int altered) {

    public int total() {
        return added + removed + altered;
    }
}
