package org.tidemark.figures;

import java.util.Arrays;
import java.util.Optional;

/** The charts Tidemark draws, by the name they have in URLs and file names. */
public enum ChartKind {
    CUMULATIVE_VOLUME("cumulative-volume"),
    VOYAGE_TIMELINE("voyage-timeline"),
    MONTHLY_TRIPS("monthly-trips");

    private final String slug;

    ChartKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<ChartKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
