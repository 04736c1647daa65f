package org.tidemark.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

import org.tidemark.domain.RegistryChange;

/** How the pages write times and numbers: UTC days and minutes, thousands separated. */
@TemplateExtension
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String day(Instant t) {
        return t == null ? "—" : DAY.format(t);
    }

    static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }

    /** TANKER → "Tanker". */
    static String label(RegistryChange.Kind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String minute(Instant t) {
        return t == null ? "—" : MINUTE.format(t);
    }

    static String grouped(Double v) {
        return v == null ? "—" : String.format(Locale.ENGLISH, "%,.0f", v);
    }

    static String grouped(double v) {
        return String.format(Locale.ENGLISH, "%,.0f", v);
    }

    /** A change with its sign: "+1,234", "−56", "0". */
    static String signed(double v) {
        long whole = Math.round(v);
        return whole == 0 ? "0" : (whole > 0 ? "+" : "−") + String.format(Locale.ENGLISH, "%,d", Math.abs(whole));
    }

    static String signed(long v) {
        return signed((double) v);
    }

    /** A list in words: "a, b, c". */
    static String joined(List<String> values) {
        return String.join(", ", values);
    }

    static String decimal(Double v) {
        return v == null ? "—" : String.format(Locale.ENGLISH, "%.2f", v);
    }
}
