package org.tidemark.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.tidemark.query.SourceRef;

/** The HTML description of a voyage, shared by the KML balloon and the TimelineJS slide. */
final class TimelineText {

    private TimelineText() {
    }

    static String voyage(ExportedVoyage v) {
        StringBuilder html = new StringBuilder();
        if (v.includesIllustrative()) {
            html.append("<p><b>Illustrative</b>: this voyage rests ").append(v.illustrative() ? "" : "in part ")
                    .append("on reconstructed data, not on observations.</p>");
        }
        html.append("<p>").append(Html.escape(v.tanker()))
                .append(v.tankerImo() == null ? "" : Html.escape(" (IMO " + v.tankerImo() + ")")).append(": ")
                .append(Html.escape(v.loadPort() != null ? v.loadPort()
                        : v.loadedFrom() != null ? "transfer from " + v.loadedFrom() : "origin unknown"))
                .append(" \u2192 ").append(Html.escape(v.dischargePort() == null ? "discharge port unknown" : v.dischargePort()))
                .append(". Status ").append(v.status()).append(", confidence ").append(v.confidence()).append("/4.</p>");
        html.append("<p>Loaded ").append(Html.escape(TimelineDates.describe(v.loadingFrom(), v.loadingTo())));
        if (v.dischargeFrom() != null) {
            html.append("; discharged ").append(Html.escape(TimelineDates.describe(v.dischargeFrom(), v.dischargeTo())));
        }
        html.append(".</p>");
        if (v.centralBbl() != null) {
            html.append("<p>Cargo estimate ").append(barrels(v.lowBbl())).append(" \u2013 ").append(barrels(v.highBbl()))
                    .append(" bbl, central ").append(barrels(v.centralBbl())).append(" bbl (method ")
                    .append(v.method()).append(").</p>");
        } else {
            html.append("<p>No cargo estimate (method ").append(v.method()).append(").</p>");
        }
        html.append("<p>Designated at the time: ").append(v.designatedAtTheTime().text()).append(".</p>");
        if (!v.sources().isEmpty()) {
            html.append("<p>Sources: ");
            for (int i = 0; i < v.sources().size(); i++) {
                html.append(i == 0 ? "" : "; ").append(source(v.sources().get(i)));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    /** "Publisher, Title" linked to the source's URL when it has an http(s) one. */
    static String source(SourceRef s) {
        String label = s.publisher() + ", " + s.title() + (s.illustrative() ? " (illustrative)" : "");
        return Html.link(s.url(), label);
    }

    static String barrels(double value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
