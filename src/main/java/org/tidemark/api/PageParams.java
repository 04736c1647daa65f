package org.tidemark.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.tidemark.config.PageConfig;
import org.tidemark.domain.DomainException;

/** Keyset pagination: the cursor of the previous page and the page size, bounded by {@link PageConfig}. */
public class PageParams {

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page's body; absent for the first page. Opaque.")
    public String cursor;

    @QueryParam("limit")
    @Parameter(description = "Entries per page, 1 to tidemark.page.max-limit (1000); default "
            + "tidemark.page.default-limit (100).", example = "100")
    public Integer limit;

    /** The page size asked for, or the configured default; out of range is a 400 naming limit. */
    int limit(PageConfig page) {
        if (limit == null) {
            return page.defaultLimit();
        }
        if (limit < 1 || limit > page.maxLimit()) {
            throw DomainException.invalid("limit", "limit must lie between 1 and " + page.maxLimit()
                    + " (tidemark.page.max-limit), got " + limit + "; page with the cursor for more");
        }
        return limit;
    }
}
