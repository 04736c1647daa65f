package org.tidemark.query;

import java.time.LocalDate;

/** Where an entry's fact was published, as the read model cites it. */
public record SourceRef(long id, String key, String publisher, String title, String url, LocalDate publishedOn,
        boolean illustrative) {
}
