package org.tidemark.figures;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tidemark.chart.DarkSpan;
import org.tidemark.domain.EventType;

/**
 * Pairs AIS_OFF and AIS_ON events into the periods a tanker was dark: each AIS_OFF to the next AIS_ON of the same
 * tanker. Pure. An AIS_OFF while already dark adds nothing (the first one counts); an AIS_ON with no AIS_OFF before it
 * in the range was dark since before the range; an AIS_OFF with no AIS_ON after it is dark to the chart's end.
 */
final class DarkPeriods {

    /** An AIS_OFF or AIS_ON of a tanker, at the start of its window. */
    record Switch(String tanker, EventType type, Instant at, String where) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private DarkPeriods() {
    }

    /**
     * @param rangeFrom where a period dark since before the range starts on the chart; null: such a period is not drawn
     * @param asOf      where a period still dark at the end ends on the chart
     */
    static List<DarkSpan> spans(List<Switch> switches, Instant rangeFrom, Instant asOf) {
        Map<String, List<Switch>> byTanker = new LinkedHashMap<>();
        switches.stream()
                .sorted(Comparator.comparing(Switch::at).thenComparing(s -> s.type() == EventType.AIS_OFF ? 1 : 0))
                .forEach(s -> byTanker.computeIfAbsent(s.tanker(), t -> new ArrayList<>()).add(s));
        List<DarkSpan> spans = new ArrayList<>();
        byTanker.forEach((tanker, list) -> {
            Switch off = null;
            boolean seenAny = false;
            for (Switch s : list) {
                if (s.type() == EventType.AIS_OFF) {
                    if (off == null) {
                        off = s;
                    }
                } else if (s.type() == EventType.AIS_ON) {
                    if (off != null) {
                        spans.add(new DarkSpan(tanker, off.at(), s.at(),
                                "off" + where(off) + ", on" + where(s)));
                        off = null;
                    } else if (!seenAny && rangeFrom != null && !s.at().isBefore(rangeFrom)) {
                        spans.add(new DarkSpan(tanker, rangeFrom, s.at(),
                                "dark since before " + DAY.format(rangeFrom) + " UTC; on" + where(s)));
                    }
                }
                seenAny = true;
            }
            if (off != null && asOf != null && asOf.isAfter(off.at())) {
                spans.add(new DarkSpan(tanker, off.at(), asOf, "off" + where(off) + "; no AIS_ON recorded since"));
            }
        });
        return spans;
    }

    private static String where(Switch s) {
        return s.where() == null ? " at sea" : " at " + s.where();
    }
}
