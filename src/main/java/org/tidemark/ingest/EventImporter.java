package org.tidemark.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.Session;

import org.tidemark.config.ImportConfig;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.InputErrors;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.projection.TankerDerivation;
import org.tidemark.projection.VoyageChanges;
import org.tidemark.registry.ReferenceCache;
import org.tidemark.registry.References;

/**
 * Bulk import: streams a file of events, checks every row as a single event is checked, stores all or nothing.
 * <p>
 * Rows go in with COPY; each touched tanker is locked and re-derived once, at the end, in the same
 * transaction.
 */
@ApplicationScoped
public class EventImporter {

    /** Keyed rows checked against the stored keys in one query. */
    private static final int KEY_BATCH = 2000;

    private final EventResolver resolver;
    private final References references;
    private final TankerDerivation derivation;
    private final Validator validator;
    private final ObjectReader eventReader;
    private final EntityManager em;
    private final ImportConfig config;
    private final Clock clock;

    EventImporter(EventResolver resolver, References references, TankerDerivation derivation, ValidatorFactory validators,
                  ObjectMapper json, EntityManager em, ImportConfig config) {
        this.resolver = resolver;
        this.references = references;
        this.derivation = derivation;
        // The same constraints as the single-event path's @Valid. The default resolver asks JPA, for every
        // property of every row, whether it is a loaded lazy attribute (a cost BENCHMARKS.md records); rows
        // are plain records, so the answer is always yes.
        this.validator = validators.usingContext().traversableResolver(new EverythingReachable()).getValidator();
        this.eventReader = json.readerFor(NewVoyageEvent.class);
        this.em = em;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /**
     * Imports the events in {@code body}. Refuses the whole file with {@link ImportRejected} when
     * any row is bad, with a {@link DomainException} when the file cannot be read or is too large.
     * A dry run does everything, derivation included, and then rolls back.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "tidemark.import.timeout-seconds")
    public ImportReport importEvents(InputStream body, ImportFormat format, boolean dryRun, String recordedBy) {
        return importWithin(body, format, dryRun, recordedBy);
    }

    /** As {@link #importEvents}, inside the caller's transaction (which sets its own timeout): e.g. a scenario load. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport importWithin(InputStream body, ImportFormat format, boolean dryRun, String recordedBy) {
        long started = System.nanoTime();
        Run run = new Run(recordedBy, clock.instant(), started);
        try {
            em.unwrap(Session.class).doWork(connection -> run.stream(connection, body, format));
        } finally {
            if (!run.reachedEnd) {
                discardRest(body);
            }
        }
        if (run.badRows > 0) {
            run.errors.sort(Comparator.comparingLong(ImportRejected.RowError::row));
            throw new ImportRejected(run.errors, run.badRows, run.malformed);
        }
        if (run.rows == 0) {
            throw DomainException.invalid(null, "the file holds no events");
        }
        long stored = System.nanoTime();
        VoyageChanges changes = derivation.rederiveAll(run.touched);
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        Log.infof("Import by %s%s: %,d rows, %,d events added, %,d duplicates skipped in %,d ms (%,.0f rows/s);"
                        + " %,d tankers re-derived in %,d ms, %,d voyages changed",
                recordedBy, dryRun ? " (dry run, rolled back)" : "", run.rows, run.added, run.skipped,
                (stored - started) / 1_000_000, rate(run.rows, stored - started), run.touched.size(),
                (System.nanoTime() - stored) / 1_000_000, changes.total());
        Metrics.counter("tidemark.imports", "dry_run", Boolean.toString(dryRun)).increment();
        Metrics.counter("tidemark.import.rows", "dry_run", Boolean.toString(dryRun)).increment(run.rows);
        Metrics.counter("tidemark.import.events.added", "dry_run", Boolean.toString(dryRun)).increment(run.added);
        return new ImportReport(dryRun, run.rows, run.added, run.skipped, run.touched.size(), changes.total(),
                changes.added(), changes.removed(), changes.altered(), elapsedMs);
    }

    /**
     * Reads what is left of a refused file. A client still sending when the refusal is ready would otherwise
     * see a connection reset instead of it; Quarkus bounds the read by quarkus.http.limits.max-body-size.
     */
    private static void discardRest(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // Over the body limit or cut off: Quarkus has answered 413 or the client is gone; nothing to add.
        }
    }

    private static double rate(long rows, long nanos) {
        return nanos <= 0 ? 0 : rows * 1e9 / nanos;
    }

    /** The state of one import while its file streams through. */
    private final class Run {

        private final String recordedBy;
        private final Instant recordedAt;
        private final long started;
        private final List<ImportRejected.RowError> errors = new ArrayList<>();
        private final List<VoyageEvent> keyed = new ArrayList<>();
        private final List<Long> keyedRows = new ArrayList<>();
        /** Keys used by earlier rows of this file: the row and the content it stated. */
        private final Map<String, KeyUse> keysInFile = new HashMap<>();
        private final Set<Long> touched = new HashSet<>();
        private final EventIds ids = new EventIds();
        private Connection connection;
        private EventCopy copy;
        private ReferenceCache cache;
        private long rows;
        private long added;
        private long skipped;
        private long badRows;
        private long lastBadRow = -1;
        private boolean malformed;
        private boolean reachedEnd;

        private record KeyUse(long row, String contentKey) {
        }

        Run(String recordedBy, Instant recordedAt, long started) {
            this.recordedBy = recordedBy;
            this.recordedAt = recordedAt;
            this.started = started;
        }

        void stream(Connection c, InputStream input, ImportFormat format) throws SQLException {
            connection = c;
            try (EventCopy open = new EventCopy(c)) {
                copy = open;
                cache = references.cache(copy::pause);
                EventRows reader = open(input, format);
                while (reader != null) {
                    EventRows.Row row;
                    try {
                        row = reader.next();
                    } catch (IOException e) {
                        error(reader.position(), null, "the file cannot be read from here on: " + describe(e), true);
                        break;
                    }
                    if (row == null) {
                        reachedEnd = true;
                        break;
                    }
                    if (++rows > config.maxRows()) {
                        throw DomainException.tooLarge("rows", "the file has more than " + config.maxRows()
                                + " rows, the most one import may hold (tidemark.import.max-rows); split it");
                    }
                    accept(row);
                    if (rows % config.progressEvery() == 0) {
                        long nanos = System.nanoTime() - started;
                        Log.infof("Import by %s: %,d rows read in %.1f s (%,.0f rows/s)%s", recordedBy, rows,
                                nanos / 1e9, rate(rows, nanos), badRows > 0 ? ", " + badRows + " bad" : "");
                    }
                }
                checkKeys();
                if (badRows == 0) {
                    copy.pause();
                }
            }
        }

        private EventRows open(InputStream input, ImportFormat format) {
            try {
                return format.open(input, eventReader);
            } catch (IOException e) {
                error(1, null, "the file cannot be read: " + describe(e), true);
                return null;
            }
        }

        private void accept(EventRows.Row row) {
            long number = row.number();
            if (row.unbound() != null) {
                String field = InputErrors.field(row.unbound());
                error(number, field, field == null ? "row " + number + " cannot be read: "
                        + row.unbound().getOriginalMessage() : InputErrors.message(row.unbound()), true);
                return;
            }
            String key = row.idempotencyKey();
            if (row.keyProblem() != null || key != null && (key.isBlank() || key.length() > 200)) {
                error(number, EventRows.KEY, "must be a non-blank text of at most 200 characters", true);
                return;
            }
            NewVoyageEvent in = row.event();
            Set<ConstraintViolation<NewVoyageEvent>> violations = validator.validate(in);
            if (!violations.isEmpty()) {
                violations.stream().sorted(Comparator.comparing(InputErrors::field))
                        .forEach(v -> error(number, InputErrors.field(v), v.getMessage(), true));
                return;
            }
            VoyageEvent event;
            try {
                event = resolver.resolve(in, cache);
            } catch (DomainException e) {
                error(number, e.field(), e.getMessage(), e.kind() == DomainException.Kind.INVALID);
                return;
            }
            if (badRows > 0) {
                // Nothing will be stored; the remaining rows are only checked, to report them all.
                return;
            }
            event.recordedBy = recordedBy;
            event.recordedAt = recordedAt;
            event.idempotencyKey = key;
            if (key == null) {
                store(event);
            } else {
                keyed.add(event);
                keyedRows.add(number);
                if (keyed.size() >= KEY_BATCH) {
                    checkKeys();
                }
            }
        }

        /**
         * Settles the keyed rows read so far: a key already stored, or used by an earlier row, with
         * the same content is a duplicate to skip; with other content an error (as for a single event).
         */
        private void checkKeys() {
            if (keyed.isEmpty()) {
                return;
            }
            copy.pause();
            Map<String, KeyUse> stored = storedKeys();
            for (int i = 0; i < keyed.size(); i++) {
                VoyageEvent event = keyed.get(i);
                long row = keyedRows.get(i);
                String key = event.idempotencyKey;
                KeyUse earlier = keysInFile.get(key);
                if (earlier != null) {
                    if (earlier.contentKey().equals(event.contentKey)) {
                        skipped++;
                    } else {
                        error(row, "idempotencyKey", "the key '" + key + "' was used by row " + earlier.row()
                                + " for a different event; use a new key for a new event", false);
                    }
                } else if (stored.containsKey(key)) {
                    KeyUse recorded = stored.get(key);
                    if (recorded.contentKey().equals(event.contentKey)) {
                        skipped++;
                        keysInFile.put(key, new KeyUse(row, event.contentKey));
                    } else {
                        error(row, "idempotencyKey", "the key '" + key + "' was already used for a different event (id "
                                + recorded.row() + "); use a new key for a new event", false);
                    }
                } else {
                    keysInFile.put(key, new KeyUse(row, event.contentKey));
                    if (badRows == 0) {
                        store(event);
                    }
                }
            }
            keyed.clear();
            keyedRows.clear();
        }

        /** The stored events' keys among the pending ones: key → (event id, content key). */
        private Map<String, KeyUse> storedKeys() {
            Map<String, KeyUse> found = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    // One probe of the unique index per key, whatever the statistics say. "= any (?)" or a
                    // plain join let the planner hash-join a seq scan when the table has grown within this
                    // import unanalysed (as after a truncate); BENCHMARKS.md has the figures.
                    // The "limit 1" keeps the lateral subquery from being flattened into such a join.
                    "select k.key, e.id, e.content_key from unnest(?::varchar[]) k (key) cross join lateral"
                            + " (select id, content_key from voyage_event where idempotency_key = k.key limit 1) e")) {
                ps.setArray(1, connection.createArrayOf("varchar",
                        keyed.stream().map(e -> e.idempotencyKey).distinct().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new KeyUse(rs.getLong(2), rs.getString(3)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not look up idempotency keys", e);
            }
            return found;
        }

        private void store(VoyageEvent event) {
            if (ids.exhausted()) {
                copy.pause();
                ids.refill(connection);
            }
            event.id = ids.next();
            copy.append(event);
            touched.add(event.tankerId);
            if (event.counterpartTankerId != null) {
                touched.add(event.counterpartTankerId);
            }
            added++;
        }

        private void error(long row, String field, String message, boolean invalid) {
            if (row != lastBadRow) {
                lastBadRow = row;
                badRows++;
                if (badRows == 1) {
                    // Nothing of this file will be stored: stop sending rows to the server.
                    copy.cancel();
                }
            }
            if (badRows <= config.maxListedRows()) {
                errors.add(new ImportRejected.RowError(row, field, message));
            }
            malformed |= invalid;
        }
    }

    private static String describe(IOException e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() + " (" + location(j) + ")" : e.getMessage();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "position unknown"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Reachability for plain records: nothing is lazy, so every property may be validated. */
    private static final class EverythingReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object object, Path.Node node, Class<?> rootType, Path path, java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object object, Path.Node node, Class<?> rootType, Path path, java.lang.annotation.ElementType type) {
            return true;
        }
    }
}
