package org.tidemark.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tidemark.api.FilterRequest;
import org.tidemark.api.QueryArguments;
import org.tidemark.query.TimelineFilter;

/**
 * The workspace's filter as the page's GET form writes it in the URL, so that a filtered view is a link.
 * An absent range means the 2024 Vostochny runs, like the charts' default.
 */
public final class WorkspaceFilter {

    /** The query parameters the form writes, in the order links repeat them. */
    static final List<String> NAMES = List.of("from", "to", "tanker", "port", "type", "evidenceType", "minConfidence",
            "documented", "designated");

    private final Map<String, List<String>> values;

    private WorkspaceFilter(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The filter in {@code query} (other parameters ignored), the range defaulted. */
    static WorkspaceFilter of(Map<String, List<String>> query, String defaultFrom, String defaultTo) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<String> given = query.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).toList();
            if (!given.isEmpty()) {
                values.put(name, given);
            }
        }
        values.putIfAbsent("from", List.of(defaultFrom));
        values.putIfAbsent("to", List.of(defaultTo));
        return new WorkspaceFilter(values);
    }

    /**
     * The one seam to the API's filter parsing: the same checks and messages as {@code /api/timeline}
     * (a DomainException naming the parameter). "Documented only" is the API's illustrative=false.
     */
    TimelineFilter resolve(QueryArguments arguments) {
        return arguments.filter(new FilterRequest(value("from"), value("to"), value("tanker"), value("port"),
                all("type"), all("evidenceType"), value("minConfidence"), documentedOnly() ? "false" : null, null,
                value("designated")));
    }

    /** The first value of a parameter, or "" (what a form field shows). */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null ? "" : v.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether a multi-valued parameter (type, evidenceType) holds {@code option}, also comma-separated. */
    public boolean has(String name, String option) {
        return all(name).stream().flatMap(v -> List.of(v.split(",")).stream()).anyMatch(option::equalsIgnoreCase);
    }

    public boolean documentedOnly() {
        return "true".equalsIgnoreCase(value("documented"));
    }

    /** The filter as a query string ("from=…&to=…"), for links, chart downloads and paging. */
    public String query() {
        List<String> pairs = new ArrayList<>();
        values.forEach((name, list) -> list.forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
        return String.join("&", pairs);
    }

    /** The filter's query string with the API's names (documented → illustrative=false), for /api links. */
    public String apiQuery() {
        return query().replace("documented=true", "illustrative=false");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
