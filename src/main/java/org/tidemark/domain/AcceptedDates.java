package org.tidemark.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The dates Tidemark accepts anywhere (events, claims, query filters): 1900-01-01 to 9999-12-31, UTC.
 * Earlier or later dates are refused with 400: they are typing errors in this domain, and outside
 * them PostgreSQL, ISO 8601 and epoch arithmetic stop agreeing.
 */
public final class AcceptedDates {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    public static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant AFTER_LAST_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    /** The rule in words, for error messages and the API description. */
    public static final String RANGE = "between 1900-01-01 and 9999-12-31 (UTC)";

    private AcceptedDates() {
    }

    public static boolean accepts(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    public static boolean accepts(Instant at) {
        return !at.isBefore(FIRST_INSTANT) && at.isBefore(AFTER_LAST_INSTANT);
    }

    /** {@code day}, or a 400 naming {@code field}. */
    public static LocalDate require(String field, LocalDate day) {
        if (day != null && !accepts(day)) {
            throw DomainException.invalid(field, "'" + day + "' is outside the accepted dates: give a date " + RANGE);
        }
        return day;
    }

    /** {@code at}, or a 400 naming {@code field}. */
    public static Instant require(String field, Instant at) {
        if (at != null && !accepts(at)) {
            throw DomainException.invalid(field, "'" + at + "' is outside the accepted dates: give a time " + RANGE);
        }
        return at;
    }

    /** Bean-validation form of the rule, for request records. */
    @Documented
    @Constraint(validatedBy = {Check.OfDay.class, Check.OfInstant.class})
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Within {
        String message() default "must be a date " + RANGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The validators behind {@link Within}. */
    public static final class Check {

        private Check() {
        }

        public static final class OfDay implements ConstraintValidator<Within, LocalDate> {
            @Override
            public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
                return value == null || accepts(value);
            }
        }

        public static final class OfInstant implements ConstraintValidator<Within, Instant> {
            @Override
            public boolean isValid(Instant value, ConstraintValidatorContext context) {
                return value == null || accepts(value);
            }
        }
    }
}
