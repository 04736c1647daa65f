package org.tidemark.series;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tidemark.query.Composition;

/**
 * Laden trips (derived voyages, dated by loading) per interval, optionally per discharge port.
 * Every interval in range is present, with zeros where nothing loaded.
 *
 * @param dischargePorts         with the split: the groups, in the order each point lists them; a null
 *                               port id is the "discharge port unknown" group
 * @param voyagesWithoutEstimate trips in range whose estimate method is NONE
 * @param includesIllustrative   any trip in range rests on illustrative data
 * @param composition            what kinds of voyage the trips are (unknown origin, loaded at sea, inferred, conflicts)
 */
public record TripSeries(
        Instant from,
        Instant to,
        Interval interval,
        boolean splitByDischargePort,
        List<PortGroup> dischargePorts,
        List<Point> points,
        long trips,
        long voyagesWithoutEstimate,
        boolean includesIllustrative,
        Composition composition) {

    /** A discharge port group; {@code portId} null means the discharge port is unknown. */
    public record PortGroup(Long portId, String port) {
    }

    /** A group's trips in one interval. */
    public record PortCount(Long portId, String port, long trips) {
    }

    /**
     * One interval.
     *
     * @param byDischargePort with the split: every group's count, zeros included; otherwise null
     */
    public record Point(LocalDate start, LocalDate end, long trips, List<PortCount> byDischargePort) {
    }
}
