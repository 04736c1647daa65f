package org.tidemark.chart;

import java.time.LocalDate;

/**
 * A yearly limit drawn across one calendar year.
 *
 * @param label          text shown on the line, e.g. "UN cap 2024: 500,000 bbl"; blank for a default
 * @param centralCrossing the date the central estimate reached the limit in that year, or {@code null} if it did not
 */
public record CapLine(int year, double limitBarrels, String label, LocalDate centralCrossing) {

    public CapLine {
        if (!(limitBarrels > 0)) {
            throw new IllegalArgumentException("limitBarrels must be positive");
        }
        label = label == null ? "" : label;
        if (centralCrossing != null && centralCrossing.getYear() != year) {
            throw new IllegalArgumentException("crossing " + centralCrossing + " is not in cap year " + year);
        }
    }

    /** A cap the central estimate has not crossed. */
    public CapLine(int year, double limitBarrels, String label) {
        this(year, limitBarrels, label, null);
    }
}
