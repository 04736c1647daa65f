package org.tidemark.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.LadenState;
import org.tidemark.domain.Product;
import org.tidemark.domain.StsDirection;
import org.tidemark.domain.TimePrecision;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.ingest.NewVoyageEvent;

/**
 * Reads the recording form into the API's {@link NewVoyageEvent}, with the same field names, so that the
 * recorder's and bean validation's field errors land beside the form's fields.
 */
final class EventForm {

    /** The fields the form shows, in its order; an error naming another field goes in the box above. */
    static final List<String> FIELDS = List.of("tanker", "type", "occurredAt", "precision", "occurredFrom",
            "occurredTo", "port", "ladenState", "observedDraftM", "reportedVolume", "reportedVolumeUnit", "product",
            "evidenceType", "confidence", "source", "notes", "illustrative", "counterpart", "stsDirection");

    private EventForm() {
    }

    /** The event the form describes, or null with the form's errors set. */
    static NewVoyageEvent read(FormState form) {
        NewVoyageEvent event = new NewVoyageEvent(text(form, "tanker"), choice(form, "type", EventType.class),
                text(form, "occurredAt"), choice(form, "precision", TimePrecision.class),
                instant(form, "occurredFrom"), instant(form, "occurredTo"), text(form, "port"),
                choice(form, "ladenState", LadenState.class), number(form, "observedDraftM"),
                number(form, "reportedVolume"), choice(form, "reportedVolumeUnit", VolumeUnit.class),
                choice(form, "product", Product.class), choice(form, "evidenceType", EvidenceType.class),
                whole(form, "confidence"), text(form, "source"), text(form, "notes"), form.checked("illustrative"),
                text(form, "counterpart"), choice(form, "stsDirection", StsDirection.class));
        return form.failed() ? null : event;
    }

    private static String text(FormState form, String field) {
        String v = form.value(field).strip();
        return v.isEmpty() ? null : v;
    }

    private static <E extends Enum<E>> E choice(FormState form, String field, Class<E> type) {
        String v = text(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            form.fail(field, "'" + v + "' is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    private static Double number(FormState form, String field) {
        String v = text(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v.replace(",", ""));
        } catch (NumberFormatException e) {
            form.fail(field, "'" + v + "' is not a number");
            return null;
        }
    }

    private static Integer whole(FormState form, String field) {
        String v = text(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            form.fail(field, "'" + v + "' is not a whole number");
            return null;
        }
    }

    /** A browser's datetime-local value (2024-03-07T05:00), read as UTC, or a full instant. */
    private static Instant instant(FormState form, String field) {
        String v = text(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v.length() == 16 ? v + ":00Z" : v.length() == 19 ? v + "Z" : v);
        } catch (DateTimeParseException e) {
            form.fail(field, "'" + v + "' is not a UTC date and time (2024-03-07T05:00)");
            return null;
        }
    }

    /** The form's fields as submitted (first value of each). */
    static FormState of(Map<String, List<String>> submitted) {
        Map<String, String> values = new java.util.HashMap<>();
        submitted.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        return new FormState(values);
    }
}
