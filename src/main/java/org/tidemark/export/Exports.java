package org.tidemark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.tidemark.query.TimelineFilter;

/**
 * Writes an export of the events or voyages a filter selects to a stream, row by row, in constant memory:
 * the one service behind the API's exports and the {@code export} command.
 */
@ApplicationScoped
public class Exports {

    /** How often (in rows) the progress callback hears the count, and the writer flushes. */
    public static final long PROGRESS_EVERY = 10_000;

    private final ExportQueries queries;
    private final Clock clock;

    Exports(ExportQueries queries) {
        this.queries = queries;
        this.clock = Clock.systemUTC();
    }

    /**
     * The attachment's file name, saying what and when: {@code tidemark-events-2024-03-07_2024-11-05.csv} for a
     * filter from 7 March to 5 November 2024 (the last day included); an open start reads "start", an open end
     * the day of the export.
     */
    public String fileName(ExportKind kind, TimelineFilter filter) {
        String from = filter.from() == null ? "start" : day(filter.from()).toString();
        String to = filter.to() == null ? LocalDate.now(clock) + "" : day(filter.to().minusNanos(1)).toString();
        return "tidemark-" + kind.stem() + "-" + from + "_" + to + "." + kind.extension();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /**
     * Writes the export to {@code out} (not closed) and returns the rows written (events, voyages and ports).
     * {@code progress} hears the running count every {@link #PROGRESS_EVERY} rows.
     */
    public long write(ExportKind kind, TimelineFilter filter, OutputStream out, LongConsumer progress) throws IOException {
        Counter rows = new Counter(progress);
        PortsSeen ports = new PortsSeen();
        String title = "Tidemark " + kind.stem() + " " + fileName(kind, filter).replaceFirst("^tidemark-[a-z]+-", "")
                .replaceFirst("\\.[a-z]+$", "");
        try (ExportQueries.Snapshot data = queries.snapshot()) {
            switch (kind) {
                case EVENTS_CSV -> {
                    try (EventCsv csv = new EventCsv(out)) {
                        data.each(data.events(filter, false), e -> {
                            csv.write(e);
                            rows.add(out);
                        });
                    }
                }
                case VOYAGES_CSV -> {
                    try (VoyageCsv csv = new VoyageCsv(out)) {
                        data.each(data.voyages(filter, false), v -> {
                            csv.write(v);
                            rows.add(out);
                        });
                    }
                }
                case MAP_GEOJSON -> {
                    try (GeoJsonMap map = new GeoJsonMap(out, title)) {
                        data.each(data.events(filter, false), e -> {
                            if (e.mapPoint() != null) {
                                map.event(e);
                                ports.add(e.port());
                                rows.add(out);
                            }
                        });
                        data.each(data.voyages(filter, false), v -> {
                            map.voyage(v);
                            ports.add(v.loadPort());
                            ports.add(v.dischargePort());
                            rows.add(out);
                        });
                        for (ExportedPort port : ports.of(data.ports(filter))) {
                            map.port(port);
                            rows.add(out);
                        }
                    }
                }
                case MAP_KML -> {
                    try (KmlMap map = new KmlMap(out, title)) {
                        kmlByTanker(data, filter, map, rows, out, ports);
                        map.ports(ports.of(data.ports(filter)));
                    }
                }
                case TIMELINEJS -> {
                    try (TimelineJs timeline = new TimelineJs(out, "Tidemark voyages", title, data.caps())) {
                        data.each(data.voyages(filter, false), v -> {
                            timeline.voyage(v);
                            rows.add(out);
                        });
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the export's rows failed", e);
        }
        out.flush();
        return rows.count;
    }

    /** Voyages and events merged by tanker id, both cursors open at once, so that each tanker gets one folder. */
    private static void kmlByTanker(ExportQueries.Snapshot data, TimelineFilter filter, KmlMap map, Counter rows,
                                    OutputStream out, PortsSeen ports) throws SQLException, IOException {
        try (ExportQueries.RowCursor<ExportedVoyage> voyages = data.voyages(filter, true);
             ExportQueries.RowCursor<ExportedEvent> events = data.events(filter, true)) {
            ExportedVoyage voyage = voyages.next();
            ExportedEvent event = events.next();
            while (voyage != null || event != null) {
                long tanker = Math.min(voyage == null ? Long.MAX_VALUE : voyage.tankerId(),
                        event == null ? Long.MAX_VALUE : event.tankerId());
                while (voyage != null && voyage.tankerId() == tanker) {
                    map.voyage(voyage);
                    ports.add(voyage.loadPort());
                    ports.add(voyage.dischargePort());
                    rows.add(out);
                    voyage = voyages.next();
                }
                while (event != null && event.tankerId() == tanker) {
                    if (event.mapPoint() != null) {
                        map.event(event);
                        ports.add(event.port());
                        rows.add(out);
                    }
                    event = events.next();
                }
            }
        }
    }

    /** The ports a map's events and voyages named (a few names, however many rows): the map shows those. */
    private static final class PortsSeen {
        private final java.util.Set<String> names = new java.util.HashSet<>();

        void add(String name) {
            if (name != null) {
                names.add(name);
            }
        }

        java.util.List<ExportedPort> of(java.util.List<ExportedPort> registered) {
            return registered.stream().filter(p -> names.contains(p.name())).toList();
        }
    }

    /** Counts rows and, every {@link #PROGRESS_EVERY}, flushes the stream and reports. */
    private static final class Counter {
        private final LongConsumer progress;
        private long count;

        Counter(LongConsumer progress) {
            this.progress = progress;
        }

        void add(OutputStream out) throws IOException {
            if (++count % PROGRESS_EVERY == 0) {
                out.flush();
                progress.accept(count);
            }
        }
    }
}
