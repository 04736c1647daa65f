package org.tidemark.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tidemark.api.QueryParamConverters;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.query.FilterCriteria;
import org.tidemark.query.FilterResolver;
import org.tidemark.query.TimeBound;
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
    TimelineFilter resolve(FilterResolver filters) {
        Integer minConfidence = present("minConfidence")
                ? QueryParamConverters.wholeNumber("minConfidence", value("minConfidence")) : null;
        if (minConfidence != null && (minConfidence < 1 || minConfidence > 4)) {
            throw DomainException.invalid("minConfidence", "confidence runs from 1 to 4, got " + minConfidence);
        }
        return filters.filter(new FilterCriteria(
                present("from") ? TimeBound.parse("from", value("from")) : null,
                present("to") ? TimeBound.parse("to", value("to")) : null,
                present("tanker") ? value("tanker") : null,
                present("port") ? value("port") : null,
                enums("type", EventType.class),
                enums("evidenceType", EvidenceType.class),
                minConfidence,
                documentedOnly() ? Boolean.FALSE : null,
                null,
                present("designated") ? QueryParamConverters.designated("designated", value("designated")) : null));
    }

    private boolean present(String name) {
        return !value(name).isEmpty();
    }

    private <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
        Set<E> all = new LinkedHashSet<>();
        for (String v : all(name)) {
            all.addAll(QueryParamConverters.oneOrMore(name, type, v));
        }
        return all;
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

    /**
     * Where the cumulative chart's steps link: the voyage list for this filter, whose range the chart adds
     * ({@code from=…&to=…}, the days of the step).
     */
    String stepLinks() {
        String rest = queryWithout("from", "to");
        return "/voyages?" + (rest.isEmpty() ? "" : rest + "&");
    }

    /**
     * This filter's query narrowed to the UTC days {@code start} – {@code end} (both included), for the voyages of
     * one row of a table; where the filter's own bound lies inside those days, it is kept as it was written.
     */
    public String narrowed(LocalDate start, LocalDate end) {
        String from = start.isAfter(day(value("from"))) ? start.toString() : value("from");
        String to = end.isBefore(day(value("to"))) ? end.toString() : value("to");
        String rest = queryWithout("from", "to");
        return "from=" + encode(from) + "&to=" + encode(to) + (rest.isEmpty() ? "" : "&" + rest);
    }

    /** The filter beyond its range, in words (empty when there is none): what a list of its voyages also obeys. */
    public String conditions() {
        List<String> parts = new ArrayList<>();
        values.forEach((name, list) -> {
            if (!name.equals("from") && !name.equals("to")) {
                parts.add(switch (name) {
                    case "documented" -> "documented data only";
                    case "minConfidence" -> "confidence at least " + String.join(", ", list);
                    case "evidenceType" -> "evidence " + String.join(", ", list);
                    case "designated" -> "designated at the time: " + String.join(", ", list);
                    default -> name + " " + String.join(", ", list);
                });
            }
        });
        return String.join("; ", parts);
    }

    private String queryWithout(String... names) {
        List<String> skip = List.of(names);
        List<String> pairs = new ArrayList<>();
        values.forEach((name, list) -> {
            if (!skip.contains(name)) {
                list.forEach(v -> pairs.add(encode(name) + "=" + encode(v)));
            }
        });
        return String.join("&", pairs);
    }

    /** The UTC day a bound names (a date, or the day of an instant). */
    private static LocalDate day(String bound) {
        return LocalDate.parse(bound.substring(0, Math.min(10, bound.length())));
    }

    /** The filter's query string with the API's names (documented → illustrative=false), for /api links. */
    public String apiQuery() {
        return query().replace("documented=true", "illustrative=false");
    }

    /** The filter's parameters with the API's names, as {@link #apiQuery()} writes them. */
    public Map<String, List<String>> apiParameters() {
        Map<String, List<String>> api = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (name.equals("documented")) {
                if (list.contains("true")) {
                    api.put("illustrative", List.of("false"));
                }
            } else {
                api.put(name, list);
            }
        });
        return api;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
