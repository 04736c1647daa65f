package org.tidemark.api;

import java.util.List;

import org.tidemark.query.DesignatedAtTheTime;

/**
 * The read-model filter as a client writes it in a query string, before it is checked and its
 * references resolved ({@link QueryArguments#filter}). Null means "not given".
 *
 * @param from          a UTC instant (2024-03-07T05:00:00Z) or a date (2024-03-07: from the start of that day)
 * @param to            a UTC instant (exclusive) or a date (2024-11-05: up to the end of that day)
 * @param tanker        the tanker's id, IMO number, name or alias
 * @param port          the port's id, UN/LOCODE or name
 * @param types         event types
 * @param evidenceTypes evidence types
 * @param minConfidence 1 to 4
 * @param illustrative  true/false (or yes/no)
 * @param retracted     true/false (or yes/no)
 * @param designated    true/false/unknown: designated at the time ({@link DesignatedAtTheTime})
 */
public record FilterRequest(
        String from,
        String to,
        String tanker,
        String port,
        List<String> types,
        List<String> evidenceTypes,
        String minConfidence,
        String illustrative,
        String retracted,
        String designated) {

    public static final FilterRequest NONE = new FilterRequest(null, null, null, null, List.of(), List.of(), null, null,
            null);

    /** The request without a designation restriction. */
    public FilterRequest(String from, String to, String tanker, String port, List<String> types,
                         List<String> evidenceTypes, String minConfidence, String illustrative, String retracted) {
        this(from, to, tanker, port, types, evidenceTypes, minConfidence, illustrative, retracted, null);
    }
}
