package org.tidemark.ais;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Counts of report issues by reason, for one read or one track assembly. Not thread-safe. */
public final class ReportTally {

    private final long[] counts = new long[ReportIssue.values().length];

    void add(ReportIssue issue) {
        counts[issue.ordinal()]++;
    }

    public long count(ReportIssue issue) {
        return counts[issue.ordinal()];
    }

    /** The total of the reasons that drop a report. */
    public long dropped() {
        long sum = 0;
        for (ReportIssue i : ReportIssue.values()) {
            if (i.dropped()) {
                sum += counts[i.ordinal()];
            }
        }
        return sum;
    }

    /** The non-zero counts, in the enum's order. */
    public Map<ReportIssue, Long> asMap() {
        Map<ReportIssue, Long> map = new EnumMap<>(ReportIssue.class);
        for (ReportIssue i : ReportIssue.values()) {
            if (counts[i.ordinal()] > 0) {
                map.put(i, counts[i.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
