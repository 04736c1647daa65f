package org.tidemark.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.ConfigProvider;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.DesignatedAtTheTime;
import org.tidemark.query.TimelineEntry;
import org.tidemark.query.TimelineFilter;
import org.tidemark.registry.References;
import org.tidemark.series.Interval;
import org.tidemark.timeline.TimelineQueries;

/**
 * Turns query-string text into typed filters and options, or a 400 naming the argument. Arguments
 * arrive as text because the REST layer answers an unconvertible parameter with a 404; an unknown
 * tanker or port in a query is a 400 too (the resource exists, the argument is wrong).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QueryArguments {


    private final References references;

    QueryArguments(References references) {
        this.references = references;
    }

    /** The filter a request describes, with its tanker and port resolved. */
    public TimelineFilter filter(FilterRequest r) {
        Instant from = from("from", r.from());
        Instant to = to("to", r.to());
        if (from != null && to != null && !from.isBefore(to)) {
            throw DomainException.invalid("to", "'to' (" + to + ") must be after 'from' (" + from + ")");
        }
        Integer minConfidence = null;
        if (present(r.minConfidence())) {
            minConfidence = integer("minConfidence", r.minConfidence());
            if (minConfidence < 1 || minConfidence > 4) {
                throw DomainException.invalid("minConfidence", "confidence runs from 1 to 4, got " + minConfidence);
            }
        }
        return new TimelineFilter(from, to,
                present(r.tanker()) ? tankerId(r.tanker()) : null,
                present(r.port()) ? portId(r.port()) : null,
                null,
                enums("type", EventType.class, r.types()),
                enums("evidenceType", EvidenceType.class, r.evidenceTypes()),
                minConfidence,
                optionalFlag("illustrative", r.illustrative()),
                optionalFlag("retracted", r.retracted()),
                designated(r.designated()));
    }

    /** true, false or unknown (any case; yes/no too); null when not given. */
    static DesignatedAtTheTime designated(String value) {
        if (!present(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> DesignatedAtTheTime.TRUE;
            case "false", "no" -> DesignatedAtTheTime.FALSE;
            case "unknown" -> DesignatedAtTheTime.UNKNOWN;
            default -> throw DomainException.invalid("designated", "'" + value + "' is not true, false or unknown");
        };
    }

    /** A tanker reference in a query: its id, IMO number, name or alias. */
    public long tankerId(String reference) {
        return asQueryArgument("tanker", () -> references.tanker(reference).id);
    }

    /** A port reference in a query: its id, UN/LOCODE or name. */
    public long portId(String reference) {
        return asQueryArgument("port", () -> references.port(reference).id);
    }

    /** A lower bound: an instant, or a date meaning the start of that UTC day. */
    public static Instant from(String name, String value) {
        if (!present(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() == 10) {
            return parseDate(name, text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return instant(name, text);
    }

    /** An exclusive upper bound: an instant, or a date meaning up to the end of that UTC day (the day is included). */
    public static Instant to(String name, String value) {
        if (!present(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() == 10) {
            return parseDate(name, text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return instant(name, text);
    }

    /** A date (2024-03-07); null when not given. */
    public static LocalDate date(String name, String value) {
        return present(value) ? parseDate(name, value.strip()) : null;
    }

    /** A numeric id in a path; anything else names nothing there, so it is a 404 like an unknown id. */
    public static long pathId(String what, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            throw DomainException.notFound("there is no " + what + " '" + value + "'");
        }
        return Long.parseLong(text);
    }

    /** Read once, on first use: a config lookup on every request showed in the profile. */
    private static final class PageSize {
        static final int MAX = Math.min(TimelineQueries.MAX_LIMIT, ConfigProvider.getConfig()
                .getOptionalValue("tidemark.api.max-page-size", Integer.class).orElse(TimelineQueries.MAX_LIMIT));
    }

    /** A page size: 1 to {@code tidemark.api.max-page-size} (at most {@link TimelineQueries#MAX_LIMIT}). */
    public static int limit(String value) {
        int max = PageSize.MAX;
        if (!present(value)) {
            return Math.min(TimelineQueries.DEFAULT_LIMIT, max);
        }
        int limit = integer("limit", value);
        if (limit < 1 || limit > max) {
            throw DomainException.invalid("limit", "limit must lie between 1 and " + max
                    + " (tidemark.api.max-page-size), got " + limit + "; page with the cursor for more");
        }
        return limit;
    }

    public static Interval interval(String value) {
        if (!present(value)) {
            return Interval.MONTH;
        }
        return oneOf("interval", Interval.class, value);
    }

    /** BARREL or TONNE; null when not given (the caller picks the default). */
    public static VolumeUnit unit(String value) {
        if (!present(value)) {
            return null;
        }
        VolumeUnit unit = oneOf("unit", VolumeUnit.class, value);
        if (unit == VolumeUnit.CUBIC_METRE) {
            throw DomainException.invalid("unit", "series are kept in BARREL or TONNE, not " + unit);
        }
        return unit;
    }

    /** "dischargePort" splits a trip series by discharge port; absent means no split. */
    public static boolean splitByDischargePort(String split) {
        if (!present(split)) {
            return false;
        }
        if (split.strip().equalsIgnoreCase("dischargePort")) {
            return true;
        }
        throw DomainException.invalid("split", "'" + split + "' is not a split; the one there is: dischargePort");
    }

    public static Set<TimelineEntry.Kind> kinds(List<String> values) {
        return enums("kind", TimelineEntry.Kind.class, values);
    }

    public static boolean flag(String name, String value, boolean absent) {
        Boolean flag = optionalFlag(name, value);
        return flag == null ? absent : flag;
    }

    /** true/yes or false/no, any case; null when not given. */
    public static Boolean optionalFlag(String name, String value) {
        if (!present(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw DomainException.invalid(name, "'" + value + "' is not true or false (yes or no)");
        };
    }

    /** A calendar year; the current UTC year when not given. */
    public static int year(String value) {
        if (!present(value)) {
            return LocalDate.now(ZoneOffset.UTC).getYear();
        }
        int year = integer("year", value);
        if (year < 1900 || year > 2200) {
            throw DomainException.invalid("year", "year must lie between 1900 and 2200, got " + year);
        }
        return year;
    }

    public static <E extends Enum<E>> E oneOf(String name, Class<E> type, String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw DomainException.invalid(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static <E extends Enum<E>> Set<E> enums(String name, Class<E> type, List<String> values) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                // "type=LOADING,ARRIVAL" and "type=LOADING&type=ARRIVAL" both work
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        set.add(oneOf(name, type, part));
                    }
                }
            }
        }
        return set;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "'" + value + "' is not a whole number");
        }
    }

    private static LocalDate parseDate(String name, String text) {
        try {
            return AcceptedDates.require(name, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name, "'" + text + "' is not a date (2024-03-07)");
        }
    }

    /** Years 1 to 9999: what ISO dates write plainly and PostgreSQL's timestamptz holds with room to spare. */
    private static Instant instant(String name, String text) {
        try {
            return AcceptedDates.require(name, Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name,
                    "'" + text + "' is neither a date (2024-03-07) nor a UTC instant (2024-03-07T05:00:00Z)");
        }
    }

    /** References reports an unknown name as 422 (right for a request body); in a query it is a bad argument. */
    private static long asQueryArgument(String name, Supplier<Long> lookup) {
        try {
            return lookup.get();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.UNPROCESSABLE) {
                throw DomainException.invalid(name, e.getMessage());
            }
            throw e;
        }
    }
}
