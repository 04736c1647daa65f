package org.tidemark.ais;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of report issues by reason, for one read or one track assembly. Not thread-safe. */
public final class ReportTally {

    /** Source rows kept per reason as examples, so that a report can point at a few of each. */
    public static final int EXAMPLES = 3;

    private final long[] counts = new long[ReportIssue.values().length];
    private final long[][] examples = new long[ReportIssue.values().length][EXAMPLES];
    /** The source row being read or placed, for the examples; 0 when unknown. */
    long row;

    void add(ReportIssue issue) {
        long n = counts[issue.ordinal()]++;
        if (n < EXAMPLES) {
            examples[issue.ordinal()][(int) n] = row;
        }
    }

    /** The source rows of the first few reports with this issue (at most {@link #EXAMPLES}). */
    public List<Long> examples(ReportIssue issue) {
        int n = (int) Math.min(EXAMPLES, counts[issue.ordinal()]);
        return Arrays.stream(examples[issue.ordinal()], 0, n).boxed().toList();
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
