package org.tidemark.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.tidemark.domain.AcceptedDates;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EventType;
import org.tidemark.domain.EvidenceType;
import org.tidemark.query.DesignatedAtTheTime;
import org.tidemark.query.TimeBound;
import org.tidemark.query.TimelineEntry;

/**
 * Converts query parameters to their declared types — bounds, flags, whole numbers, dates, enum values and
 * lists of them — and, when a value does not convert, fails with a 400 that names the parameter. The REST
 * layer wraps a converter's failure in a NotFoundException (the JAX-RS rule for query parameters), which
 * {@link ProblemMapper#conversionFailed} turns back into that 400. Empty values count as absent.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    /** Event types a query names: repeat the parameter or separate values with commas. */
    public record EventTypes(Set<EventType> values) {
    }

    /** Evidence types a query names: repeat the parameter or separate values with commas. */
    public record EvidenceTypes(Set<EvidenceType> values) {
    }

    /** Timeline entry kinds a query names: repeat the parameter or separate values with commas. */
    public record Kinds(Set<TimelineEntry.Kind> values) {
    }

    /**
     * A flag guarding a write, which fails closed: exactly true or false. Any other value, an empty one included
     * (a bare {@code ?dryRun}), is refused rather than read as absent.
     */
    public record WriteFlag(boolean value) {

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == WriteFlag.class) {
            return (ParamConverter<T>) new ParamConverter<WriteFlag>() {
                @Override
                public WriteFlag fromString(String value) {
                    if ("true".equals(value) || "false".equals(value)) {
                        return new WriteFlag(Boolean.parseBoolean(value));
                    }
                    throw DomainException.invalid(name, name + " must be true or false (given: '" + value
                            + "'); nothing was stored");
                }

                @Override
                public String toString(WriteFlag value) {
                    return value.toString();
                }
            };
        }
        Function<String, ?> parse;
        if (rawType == TimeBound.class) {
            parse = text -> TimeBound.parse(name, text);
        } else if (rawType == Boolean.class || rawType == boolean.class) {
            parse = text -> flag(name, text);
        } else if (rawType == Integer.class || rawType == int.class) {
            parse = text -> wholeNumber(name, text);
        } else if (rawType == LocalDate.class) {
            parse = text -> date(name, text);
        } else if (rawType == DesignatedAtTheTime.class) {
            parse = text -> designated(name, text);
        } else if (rawType == EventTypes.class) {
            parse = text -> new EventTypes(oneOrMore(name, EventType.class, text));
        } else if (rawType == EvidenceTypes.class) {
            parse = text -> new EvidenceTypes(oneOrMore(name, EvidenceType.class, text));
        } else if (rawType == Kinds.class) {
            parse = text -> new Kinds(oneOrMore(name, TimelineEntry.Kind.class, text));
        } else if (rawType.isEnum()) {
            parse = text -> oneOf(name, (Class) rawType, text);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter<>(parse);
    }

    private static String queryParamName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam query) {
                    return query.value();
                }
            }
        }
        return null;
    }

    /** true/yes or false/no, any case. */
    static Boolean flag(String name, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw DomainException.invalid(name, "'" + text + "' is not true or false (yes or no)");
        };
    }

    public static Integer wholeNumber(String name, String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "'" + text + "' is not a whole number");
        }
    }

    static LocalDate date(String name, String text) {
        try {
            return AcceptedDates.require(name, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name, "'" + text + "' is not a date (2024-03-07)");
        }
    }

    /** true, false or unknown (any case; yes/no too). */
    public static DesignatedAtTheTime designated(String name, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> DesignatedAtTheTime.TRUE;
            case "false", "no" -> DesignatedAtTheTime.FALSE;
            case "unknown" -> DesignatedAtTheTime.UNKNOWN;
            default -> throw DomainException.invalid(name, "'" + text + "' is not true, false or unknown");
        };
    }

    /** An enum constant by its name in any case, or by its camel-case form (DISCHARGE_PORT: dischargePort). */
    static <E extends Enum<E>> E oneOf(String name, Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text) || camelCase(constant.name()).equals(text)) {
                return constant;
            }
        }
        throw DomainException.invalid(name, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    public static <E extends Enum<E>> Set<E> oneOrMore(String name, Class<E> type, String text) {
        Set<E> values = EnumSet.noneOf(type);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(oneOf(name, type, part.strip()));
            }
        }
        return values;
    }

    private static String camelCase(String constant) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private record Converter<T>(Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return value == null || value.isBlank() ? null : parse.apply(value.strip());
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
