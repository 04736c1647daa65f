package org.tidemark.series;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tidemark.cap.CapStatus;
import org.tidemark.cap.CapView;
import org.tidemark.domain.VolumeUnit;
import org.tidemark.query.Composition;
import org.tidemark.query.VoyageView;

/**
 * Cargo volume per interval (or running total), as low / central / high, with what the figures
 * rest on. Every interval in range is present, with zeros where nothing loaded.
 *
 * @param from                   the range actually used (inclusive); null when no voyage matched and none was given
 * @param to                     the range actually used (exclusive)
 * @param resetsEachYear         the running total restarts every 1 January (cumulative with a cap); it then
 *                               counts from 1 January even when {@code from} is later, so that it compares with the cap
 * @param total                  the sum over the range of the per-interval amounts
 * @param voyages                voyages in range
 * @param voyagesWithoutEstimate voyages in range whose estimate method is NONE (they add nothing to the bands)
 * @param includesIllustrative   any voyage in range rests on illustrative data
 * @param capYears               with a cap: its status for each calendar year the range touches
 * @param composition            what kinds of voyage the figures count (unknown origin, loaded at sea, inferred, conflicts)
 */
public record VolumeSeries(
        Instant from,
        Instant to,
        Interval interval,
        boolean cumulative,
        VolumeUnit unit,
        CapView cap,
        boolean resetsEachYear,
        List<Point> points,
        VoyageView.Band total,
        long voyages,
        long voyagesWithoutEstimate,
        boolean includesIllustrative,
        List<CapStatus> capYears,
        Composition composition) {

    /**
     * One interval.
     *
     * @param start first day of the interval (UTC)
     * @param end   last day of the interval, included (it stops at {@code to} for the last interval)
     * @param low   the interval's amount, or the running total up to and including {@code end} when cumulative
     */
    public record Point(LocalDate start, LocalDate end, long voyages, long voyagesWithoutEstimate,
            boolean includesIllustrative, double low, double central, double high) {

        Point roundedTo(VolumeUnit unit) {
            return new Point(start, end, voyages, voyagesWithoutEstimate, includesIllustrative, unit.round(low),
                    unit.round(central), unit.round(high));
        }
    }

    public VolumeSeries {
        // the API's one rounding rule (VolumeUnit.round), applied where the read model's record is made
        points = points.stream().map(p -> p.roundedTo(unit)).toList();
    }
}
