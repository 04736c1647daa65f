package org.tidemark.projection;



/**
 * How a re-derivation changed the stored voyages, by voyage id: new, gone, differing in any column
 * or evidence, or left as they were.
 */
public record VoyageChanges(int added, int removed, int altered, int unchanged) {

    public static final VoyageChanges NONE = new VoyageChanges(0, 0, 0, 0);

    /** Voyages written or altered or removed. */
    public int total() {
        return added + removed + altered;
    }

    /** Voyages stored afterwards. */
    public int voyages() {
        return added + altered + unchanged;
    }

    public VoyageChanges plus(VoyageChanges other) {
        return new VoyageChanges(added + other.added, removed + other.removed, altered + other.altered,
                unchanged + other.unchanged);
    }
}
