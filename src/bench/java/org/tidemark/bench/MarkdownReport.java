package org.tidemark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the results between BENCHMARKS.md's result markers, keeping the hand-written text around them. */
final class MarkdownReport {

    static final String START = "<!-- bench:results:start -->";
    static final String END = "<!-- bench:results:end -->";

    /** Everything the results section states besides the figures. */
    record Header(String label, String date, String command, List<String> scale, String server, String embedded,
            String loadBefore, String loadAfter, double minutes, String appJvmArgs, boolean judged) {
    }

    private MarkdownReport() {
    }

    static void write(Path file, Header header, List<FigureResult> results) throws IOException {
        String section = START + "\n" + section(header, results) + END;
        String text;
        if (Files.exists(file)) {
            String old = Files.readString(file, StandardCharsets.UTF_8);
            int s = old.indexOf(START);
            int e = old.indexOf(END);
            text = s >= 0 && e > s ? old.substring(0, s) + section + old.substring(e + END.length())
                    : old + "\n" + section + "\n";
        } else {
            text = "# Tidemark benchmarks\n\n" + section + "\n";
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String section(Header h, List<FigureResult> results) {
        StringBuilder b = new StringBuilder();
        b.append("## Results: ").append(h.label()).append("\n\n");
        b.append("- Date: ").append(h.date()).append(" (").append(String.format("%.1f", h.minutes())).append(" min)\n");
        b.append("- Command: `").append(h.command()).append("`\n");
        for (String s : h.scale()) {
            b.append("- Scale: ").append(s).append('\n');
        }
        b.append("- Machine: ").append(MachineInfo.cores()).append(" cores (").append(MachineInfo.cpuModel()).append("), ")
                .append(MachineInfo.memoryGiB()).append(" GiB, ").append(MachineInfo.os()).append('\n');
        b.append("- JDK: ").append(MachineInfo.jdk()).append(", options for the apps under test: ")
                .append(h.appJvmArgs().isBlank() ? "defaults" : h.appJvmArgs()).append('\n');
        b.append("- PostgreSQL server: ").append(h.server()).append('\n');
        b.append("- Embedded PostgreSQL (default start): ").append(h.embedded()).append('\n');
        b.append("- Load average (1/5/15 min) before: ").append(h.loadBefore()).append("; after: ").append(h.loadAfter())
                .append('\n');
        b.append('\n');
        b.append("| Figure | Tidemark | Baseline (limit) | Ratio | Goal | Met? | Spread: Tidemark; baseline |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (FigureResult r : results) {
            b.append("| **").append(r.name()).append("** ").append(r.title()).append(" | ")
                    .append(value(r.tidemark(), r.statistic())).append(" | ")
                    .append(value(r.baseline(), r.statistic())).append(" | ")
                    .append(r.ratioText()).append(" | ")
                    .append(r.goal()).append(" | ")
                    .append(r.metText(h.judged())).append(" | ")
                    .append(r.tidemark() == null ? "–" : r.tidemark().spread()).append("; ")
                    .append(r.baseline() == null ? "–" : r.baseline().spread()).append(" |\n");
        }
        if (!h.judged()) {
            b.append("\nVerdicts in parentheses are not judgments: this run was not at the scale the goals are stated for.\n");
        }
        b.append("\nRatio = Tidemark ÷ baseline under the statistic shown (a rate: the share of the limit reached; a time: "
                + "how many times slower). Spread: min–max over runs (± half the range, in % of the median), or "
                + "p5–p95 over many samples.\n\n");
        b.append("### Notes per figure\n\n");
        for (FigureResult r : results) {
            b.append("- **").append(r.name()).append("**");
            if (!r.notes().isEmpty()) {
                b.append(": ").append(String.join("; ", r.notes()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String value(Measurement m, String statistic) {
        if (m == null || m.count() == 0) {
            return "–";
        }
        String label = statistic.equals("median") ? "" : statistic + " ";
        return label + Measurement.format(m.stat(statistic)) + " " + m.unit();
    }
}
