package org.tidemark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one figure found: Tidemark's measurement, the baseline's, the goal and whether it was met.
 *
 * @param statistic which statistic of both measurements the table shows ("median" or "p99")
 * @param met       null when there is no goal or it could not be judged
 */
public record FigureResult(String name, String title, Status status, String statistic, Measurement tidemark,
        Measurement baseline, String goal, Boolean met, List<String> notes) {

    /** Whether the figure could be measured in this build. */
    public enum Status { MEASURED, NOT_AVAILABLE, FAILED }

    public FigureResult {
        notes = List.copyOf(notes);
    }

    public static Builder of(Figure figure) {
        return new Builder(figure.name(), figure.title());
    }

    /** Tidemark / baseline under the shown statistic; NaN when either is missing. */
    public double ratio() {
        if (tidemark == null || baseline == null || tidemark.count() == 0 || baseline.count() == 0) {
            return Double.NaN;
        }
        return tidemark.stat(statistic) / baseline.stat(statistic);
    }

    public String ratioText() {
        double r = ratio();
        if (Double.isNaN(r)) {
            return "–";
        }
        return String.format(Locale.ROOT, r < 0.1 ? "%.4f×" : "%.2f×", r);
    }

    /** The verdict; a run that cannot judge goals (reduced scale) shows it in parentheses. */
    public String metText(boolean judged) {
        String verdict = switch (status) {
            case NOT_AVAILABLE -> "n/a in this build";
            case FAILED -> "FAILED";
            case MEASURED -> met == null ? "–" : met ? "met" : "**missed**";
        };
        return judged || status != Status.MEASURED || met == null ? verdict : "(" + verdict.replace("**", "") + ")";
    }

    /** Fills a result step by step. */
    public static final class Builder {
        private final String name;
        private final String title;
        private Status status = Status.MEASURED;
        private String statistic = "median";
        private Measurement tidemark;
        private Measurement baseline;
        private String goal = "–";
        private Boolean met;
        private final List<String> notes = new ArrayList<>();

        Builder(String name, String title) {
            this.name = name;
            this.title = title;
        }

        public Builder statistic(String statistic) {
            this.statistic = statistic;
            return this;
        }

        public Builder tidemark(Measurement m) {
            this.tidemark = m;
            return this;
        }

        public Builder baseline(Measurement m) {
            this.baseline = m;
            return this;
        }

        public Builder goal(String goal, Boolean met) {
            this.goal = goal;
            this.met = met;
            return this;
        }

        public Builder notAvailable(String why) {
            this.status = Status.NOT_AVAILABLE;
            notes.add(why);
            return this;
        }

        public Builder failed(String why) {
            this.status = Status.FAILED;
            notes.add(why);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public FigureResult build() {
            return new FigureResult(name, title, status, statistic, tidemark, baseline, goal, met, notes);
        }
    }
}
