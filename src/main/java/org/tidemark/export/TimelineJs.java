package org.tidemark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import org.tidemark.chart.LabelSanitizer;
import org.tidemark.query.SourceRef;

/**
 * TimelineJS 3 JSON: one slide per voyage, grouped by tanker ({@code group}), dated in UTC ({@code start_date}
 * at loading, {@code end_date} at discharge or the loading window's end, with {@code display_date} in words when
 * the time is a window), the sources as {@code credit}, and an era per calendar year and cap.
 */
final class TimelineJs implements AutoCloseable {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator out;
    private final List<ExportedCap> caps;
    private int firstYear = Integer.MAX_VALUE;
    private int lastYear = Integer.MIN_VALUE;

    TimelineJs(OutputStream stream, String title, String subtitle, List<ExportedCap> caps) throws IOException {
        this.caps = caps;
        out = JSON.createGenerator(stream, JsonEncoding.UTF8);
        out.writeStartObject();
        out.writeObjectFieldStart("title");
        text(title, Html.escape(subtitle));
        out.writeEndObject();
        out.writeArrayFieldStart("events");
    }

    void voyage(ExportedVoyage v) throws IOException {
        out.writeStartObject();
        out.writeStringField("unique_id", "voyage-" + v.id());
        out.writeStringField("group", clean(v.tanker()));
        boolean window = !TimelineDates.exact(v.loadingFrom(), v.loadingTo());
        date("start_date", v.loadingFrom(), window ? "loaded " + TimelineDates.describe(v.loadingFrom(), v.loadingTo()) : null);
        Instant end = v.end();
        if (end != null && !end.equals(v.loadingFrom())) {
            boolean endWindow = v.dischargeFrom() != null && !TimelineDates.exact(v.dischargeFrom(), v.dischargeTo());
            date("end_date", end, endWindow ? "discharged " + TimelineDates.describe(v.dischargeFrom(), v.dischargeTo())
                    : null);
        }
        String headline = v.tanker() + ": " + (v.loadPort() != null ? v.loadPort() : "origin unknown") + " \u2192 "
                + (v.dischargePort() == null ? "?" : v.dischargePort())
                + (v.centralBbl() == null ? "" : ", ~" + TimelineText.barrels(v.centralBbl()) + " bbl")
                + (v.includesIllustrative() ? " (illustrative)" : "");
        text(Html.escape(headline), TimelineText.voyage(v));
        out.writeStringField("credit", clean(v.sources().stream().map(SourceRef::publisher).distinct()
                .collect(Collectors.joining("; "))));
        out.writeEndObject();
        int year = v.loadingFrom().atZone(ZoneOffset.UTC).getYear();
        firstYear = Math.min(firstYear, year);
        lastYear = Math.max(lastYear, year);
    }

    void flush() throws IOException {
        out.flush();
    }

    /** Ends the slides and writes the eras: each cap for each calendar year the voyages loaded in. */
    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.writeArrayFieldStart("eras");
        for (int year = firstYear; year <= lastYear; year++) {
            for (ExportedCap cap : caps) {
                out.writeStartObject();
                out.writeObjectFieldStart("start_date");
                out.writeNumberField("year", year);
                out.writeNumberField("month", 1);
                out.writeNumberField("day", 1);
                out.writeEndObject();
                out.writeObjectFieldStart("end_date");
                out.writeNumberField("year", year);
                out.writeNumberField("month", 12);
                out.writeNumberField("day", 31);
                out.writeEndObject();
                text(Html.escape(cap.name() + " " + year), Html.escape(TimelineText.barrels(cap.limit()) + " "
                        + cap.unit().name().toLowerCase(Locale.ROOT) + "s in calendar year " + year + " (" + cap.code() + ")"));
                out.writeEndObject();
            }
        }
        out.writeEndArray();
        out.writeEndObject();
        out.close();
    }

    /** A TimelineJS date object in UTC (TimelineJS has no time zones), with display text for a window. */
    private void date(String field, Instant at, String display) throws IOException {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        out.writeObjectFieldStart(field);
        out.writeNumberField("year", t.getYear());
        out.writeNumberField("month", t.getMonthValue());
        out.writeNumberField("day", t.getDayOfMonth());
        out.writeNumberField("hour", t.getHour());
        out.writeNumberField("minute", t.getMinute());
        if (display != null) {
            out.writeStringField("display_date", display);
        }
        out.writeEndObject();
    }

    private void text(String headline, String html) throws IOException {
        out.writeObjectFieldStart("text");
        out.writeStringField("headline", headline);
        out.writeStringField("text", html);
        out.writeEndObject();
    }

    private static String clean(String text) {
        return LabelSanitizer.clean(text);
    }
}
