package org.tidemark.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A submitted form's values and the errors of its fields, so the page can show each error beside its field. */
public final class FormState {

    /** Errors that name no field of the form. */
    static final String GENERAL = "";

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormState(Map<String, String> values) {
        this.values = values;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return "true".equals(values.get(field)) || "on".equals(values.get(field));
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** Errors of fields the form does not show (or of none), for the box above it. */
    public List<String> otherErrors(List<String> shown) {
        return errors.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey().isEmpty() ? e.getValue() : e.getKey() + ": " + e.getValue()).toList();
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    void fail(String field, String message) {
        errors.merge(field == null ? GENERAL : field, message, (a, b) -> a + "; " + b);
    }
}
