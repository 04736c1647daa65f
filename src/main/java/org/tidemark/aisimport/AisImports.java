package org.tidemark.aisimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import org.tidemark.ais.AisDetector;
import org.tidemark.ais.ColumnMapping;
import org.tidemark.ais.DetectedEvent;
import org.tidemark.ais.Geofence;
import org.tidemark.ais.PositionReport;
import org.tidemark.ais.PositionReportReader;
import org.tidemark.ais.ReportIssue;
import org.tidemark.ais.ReportTally;
import org.tidemark.ais.Track;
import org.tidemark.ais.Tracks;
import org.tidemark.ais.UnreadableReportFile;
import org.tidemark.ais.WatchedPort;
import org.tidemark.config.AisConfig;
import org.tidemark.domain.DomainException;
import org.tidemark.domain.EvidenceType;
import org.tidemark.domain.Port;
import org.tidemark.domain.PositionSource;
import org.tidemark.domain.Tanker;
import org.tidemark.domain.TimeWindow;
import org.tidemark.ingest.EventRecorder;
import org.tidemark.ingest.NewVoyageEvent;
import org.tidemark.registry.NewSource;
import org.tidemark.registry.ReferenceCache;
import org.tidemark.registry.References;
import org.tidemark.registry.Registry;

/**
 * AIS files in, events out: reads a file of position reports (refusing a file that is not one, whole), stores the
 * reports by COPY into their monthly partitions, detects events in them and records those of registered tankers
 * through {@link EventRecorder}, all in one transaction. Re-running detection on a stored file with other settings
 * retracts what the new run does not reproduce. docs/AIS.md, "Storage and import".
 */
@ApplicationScoped
public class AisImports {

    /** Reports dated before this are no AIS (the system was adopted from 2002 on): refused as out of range. */
    static final Instant EARLIEST_REPORT = Instant.parse("1995-01-01T00:00:00Z");
    /** The import-level reason for a report dated before 1995 or more than a day ahead. */
    static final String TIME_OUT_OF_RANGE = "TIME_OUT_OF_RANGE";
    private static final int LISTED = 100;

    /** One import's options. */
    public record Request(String fileName, String layout, ColumnMapping mapping, AisSettings settings, boolean dryRun) {
    }

    private final EntityManager em;
    private final EventRecorder recorder;
    private final References references;
    private final Registry registry;
    private final AisConfig config;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    AisImports(EntityManager em, EventRecorder recorder, References references, Registry registry, AisConfig config,
               ObjectMapper json) {
        this.em = em;
        this.recorder = recorder;
        this.references = references;
        this.registry = registry;
        this.config = config;
        this.json = json;
    }

    /**
     * Imports one file. A file that cannot be read as position reports (header, binary, truncated gzip, a runaway line)
     * is a 400, one over the size limit a 413; either way nothing is stored. A file imported before (same SHA-256) is
     * answered with {@code alreadyImported} and stores nothing. A dry run does everything and rolls back.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "tidemark.import.timeout-seconds")
    public AisImportReport importFile(InputStream body, Request request, String importedBy) {
        long started = System.nanoTime();
        String fileName = fileName(request.fileName());
        AisFileInput input = new AisFileInput(body, config.maxFileBytes());
        Connection c = connection();
        Instant latest = clock.instant().plusSeconds(86_400);
        Tracks.Builder tracksBuilder;
        ReportTally trackTally = new ReportTally();
        PositionReportReader.Summary summary;
        long[] outOfRange = {0};
        List<Long> outOfRangeRows = new ArrayList<>();
        String sha256;
        boolean finished = false;
        try (PositionStore store = new PositionStore(c)) {
            tracksBuilder = new Tracks.Builder(trackTally);
            Tracks.Builder builder = tracksBuilder;
            summary = PositionReportReader.read(input.reader(), request.mapping(), request.layout(), r -> {
                if (r.time().isBefore(EARLIEST_REPORT) || r.time().isAfter(latest)) {
                    if (outOfRange[0]++ < ReportTally.EXAMPLES) {
                        outOfRangeRows.add(r.row());
                    }
                    return;
                }
                try {
                    store.stage(r);
                } catch (SQLException e) {
                    throw new IllegalStateException("COPY into the AIS staging table failed", e);
                }
                builder.add(r);
            });
            store.endStaging();
            sha256 = input.finish();
            finished = true;
            long read = System.nanoTime();

            Tracks tracks = tracksBuilder.build(); // counts duplicates: before the report is made
            Long earlier = earlierFile(c, sha256);
            long accepted = summary.accepted() - outOfRange[0];
            Map<String, AisImportReport.Rejected> rejected = rejected(summary.tally(), trackTally, outOfRange[0],
                    outOfRangeRows);
            if (earlier != null) {
                QuarkusTransaction.setRollbackOnly();
                return new AisImportReport(request.dryRun(), true, earlier, fileName, sha256, summary.layout(),
                        input.gzip(), summary.rows(), accepted, 0, rejected, 0, 0, List.of(), 0, 0, List.of(), 0,
                        List.of(), null, null, request.settings().describe(), elapsed(started));
            }
            long fileId = insertFile(c, fileName, sha256, summary, rejected, request.settings(), importedBy);
            store.partitions();
            long stored = store.store(fileId, tracks, trackTally.count(ReportIssue.DUPLICATE_TIME) > 0);
            long moved = System.nanoTime();
            Detected run = detectAndRecord(c, fileId, fileName, sha256, summary.layout(), tracks, request.settings(),
                    importedBy, Map.of());
            long detected = System.nanoTime();
            if (request.dryRun()) {
                QuarkusTransaction.setRollbackOnly();
            }
            Log.infof("AIS import by %s%s: %s (%s), %,d rows, %,d reports stored, %,d events recorded in %,d ms "
                            + "(read and staged %,d ms, stored %,d ms, detected and recorded %,d ms)",
                    importedBy, request.dryRun() ? " (dry run, rolled back)" : "", fileName, summary.layout(),
                    summary.rows(), stored, run.recorded.size(), elapsed(started), (read - started) / 1_000_000,
                    (moved - read) / 1_000_000, (detected - moved) / 1_000_000);
            return new AisImportReport(request.dryRun(), false, fileId, fileName, sha256, summary.layout(), input.gzip(),
                    summary.rows(), accepted, stored, rejected, run.matched, run.unmatched.size(),
                    run.unmatched.stream().limit(LISTED).toList(), run.proposed, run.recorded.size(), run.recorded,
                    run.skippedCount, run.skipped, run.sourceId, run.runId, request.settings().describe(),
                    elapsed(started));
        } catch (UnreadableReportFile e) {
            throw DomainException.invalid("file", e.getMessage() + "; nothing was stored");
        } catch (AisFileInput.TooLarge e) {
            throw DomainException.tooLarge("file", e.getMessage() + "; nothing was stored");
        } catch (IOException e) {
            throw DomainException.invalid("file", "the file cannot be read: " + describe(e)
                    + " (a gzip file cut short, or not the file meant); nothing was stored");
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("layout", e.getMessage() + "; nothing was stored");
        } catch (SQLException e) {
            throw new IllegalStateException("storing AIS reports failed", e);
        } finally {
            if (!finished) {
                input.discardRest();
            }
        }
    }

    /**
     * Detects events in the stored reports of file {@code fileId} with {@code settings}: events earlier runs recorded
     * from this file that this run does not reproduce are retracted, naming the run and its settings; new ones recorded.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "tidemark.import.timeout-seconds")
    public AisDetectionReport redetect(long fileId, AisSettings settings, String runBy) {
        Connection c = connection();
        String fileName;
        String sha256;
        String layout;
        try (PreparedStatement ps = c.prepareStatement(
                "select file_name, sha256, layout from ais_file where id = ? for update")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw DomainException.notFound("there is no AIS file " + fileId + " (the fileId an import answered)");
                }
                fileName = rs.getString(1);
                sha256 = rs.getString(2);
                layout = rs.getString(3);
            }
            ReportTally tally = new ReportTally();
            Tracks.Builder builder = new Tracks.Builder(tally);
            PositionStore.readReports(c, "select mmsi, reported_at, lat, lon, sog_kn, draught_m, imo, name, row_number "
                    + "from ais_position where file_id = ? order by mmsi, reported_at", fileId, builder::add);
            Tracks tracks = builder.build();
            Map<String, Long> live = liveDetections(c, fileId);
            Detected run = detectAndRecord(c, fileId, fileName, sha256, layout, tracks, settings, runBy, live);
            List<Long> retract = new ArrayList<>();
            live.forEach((key, eventId) -> {
                if (!run.keys.contains(key)) {
                    retract.add(eventId);
                }
            });
            retract.sort(null);
            List<Long> retractions = recorder.retractAll(retract, "AIS re-detection run " + run.runId + " of file "
                    + fileId + " (" + fileName + ") with settings " + settings.inWords()
                    + " does not reproduce this event", runBy);
            return new AisDetectionReport(fileId, run.runId, run.sourceId, settings.describe(), tracks.reports(),
                    run.proposed, run.kept, run.recorded.size(), run.recorded, retract.size(), retract,
                    run.skippedCount, run.skipped);
        } catch (SQLException e) {
            throw new IllegalStateException("re-detecting AIS file " + fileId + " failed", e);
        }
    }

    /** What one detection run did. */
    private static final class Detected {
        long runId;
        long sourceId;
        int proposed;
        int matched;
        int kept;
        final List<String> unmatched = new ArrayList<>();
        final List<Long> recorded = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        int skippedCount;
        final List<AisImportReport.Skipped> skipped = new ArrayList<>();
    }

    /** A detected event on its way to the write path. */
    private record Proposal(DetectedEvent event, NewVoyageEvent input, String key) {
    }

    private Detected detectAndRecord(Connection c, long fileId, String fileName, String sha256, String layout,
                                     Tracks tracks, AisSettings settings, String by, Map<String, Long> live)
            throws SQLException {
        Detected out = new Detected();
        ReferenceCache cache = references.cache();
        Map<String, Track> byMmsi = new HashMap<>();
        Map<String, Long> vesselTanker = new TreeMap<>();
        Map<String, Double> ballast = new HashMap<>();
        for (Track tr : tracks.all()) {
            byMmsi.put(tr.mmsi(), tr);
            if (tr.size() == 0) {
                continue;
            }
            Instant last = tr.time(tr.size() - 1);
            Match m = match(cache, tr, TimeWindow.exact(last));
            vesselTanker.put(tr.mmsi(), m.tankerId);
            if (m.tankerId != null) {
                out.matched++;
                Tanker t = Tanker.findById(m.tankerId);
                if (t != null && t.ballastDraftM != null) {
                    ballast.put(tr.mmsi(), t.ballastDraftM);
                }
            } else {
                out.unmatched.add(tr.mmsi());
            }
        }
        updateVessels(c, vesselTanker);

        List<WatchedPort> ports = new ArrayList<>();
        for (Port p : Port.<Port>listAll()) {
            ports.add(new WatchedPort(p.id, p.name, new Geofence.Circle(p.latitude, p.longitude, settings.portRadiusKm())));
        }
        AisDetector.Detection detection = new AisDetector(settings.detection(), ports).detect(tracks, ballast);
        out.proposed = detection.events().size();

        long runNumber = runs(c, fileId) + 1;
        String sourceKey = "ais-file-" + fileId + "-run-" + runNumber;
        out.sourceId = registry.register(new NewSource(sourceKey, publisher(layout),
                "AIS position reports: " + fileName + (runNumber > 1 ? " (detection run " + runNumber + ")" : ""),
                null, null, LocalDate.now(clock), false, sourceNotes(fileName, sha256, layout, c, fileId, settings)))
                .id;
        em.flush();
        if (runNumber == 1) {
            try (PreparedStatement ps = c.prepareStatement("update ais_file set source_id = ? where id = ?")) {
                ps.setLong(1, out.sourceId);
                ps.setLong(2, fileId);
                ps.executeUpdate();
            }
        }
        out.runId = insertRun(c, fileId, settings, out.sourceId, by);

        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<Proposal> proposals = new ArrayList<>();
        Map<String, Long> elsewhere = recordedElsewhere(c, detection.events().stream()
                .map(AisImports::detectionKey).distinct().toArray(String[]::new));
        for (DetectedEvent e : detection.events()) {
            String key = detectionKey(e);
            out.keys.add(key);
            if (live.containsKey(key)) {
                out.kept++;
                continue;
            }
            if (elsewhere.containsKey(key)) {
                // The same reports in another file (or an overlapping export): the event stands once.
                skipped.merge("already recorded from another AIS file's reports (the same detection)", 1, Integer::sum);
                continue;
            }
            Match self = match(cache, byMmsi.get(e.mmsi()), e.time());
            if (self.tankerId == null) {
                skipped.merge("vessel " + e.mmsi() + " matches no registered tanker at the time (" + self.why
                        + "): its reports are stored, GET /api/ais/vessels?unmatched=true lists it", 1, Integer::sum);
                continue;
            }
            String counterpart = null;
            if (e.counterpartMmsi() != null) {
                Match other = match(cache, byMmsi.get(e.counterpartMmsi()), e.time());
                counterpart = "MMSI " + e.counterpartMmsi() + (other.tankerId == null ? " (no registered tanker)"
                        : " = tanker " + other.tankerId + " (" + other.reference + ")");
            }
            proposals.add(new Proposal(e, input(e, self, counterpart, sourceKey, fileName), key));
        }
        skipped.forEach((reason, n) -> {
            out.skippedCount += n;
            if (out.skipped.size() < LISTED) {
                out.skipped.add(new AisImportReport.Skipped(reason, n));
            }
        });
        List<Long> ids = recorder.recordAll(proposals.stream().map(Proposal::input).toList(), by);
        em.flush();
        out.recorded.addAll(ids);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into ais_detected_event (event_id, run_id, file_id, mmsi, counterpart_mmsi, detection_key,
                    first_row, last_row) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < ids.size(); i++) {
                DetectedEvent e = proposals.get(i).event();
                ps.setLong(1, ids.get(i));
                ps.setLong(2, out.runId);
                ps.setLong(3, fileId);
                ps.setString(4, e.mmsi());
                ps.setString(5, e.counterpartMmsi());
                ps.setString(6, proposals.get(i).key());
                ps.setLong(7, e.evidence().firstRow());
                ps.setLong(8, e.evidence().lastRow());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return out;
    }

    /** How a vessel was matched to a tanker: by MMSI, else IMO number, else name, each at the time. */
    private record Match(Long tankerId, String reference, String why) {
    }

    private static Match match(ReferenceCache cache, Track tr, TimeWindow at) {
        if (tr == null) {
            return new Match(null, null, "no reports");
        }
        String why = null;
        for (String reference : new String[] {tr.mmsi(), tr.imo(), tr.name()}) {
            if (reference == null || reference.isBlank()) {
                continue;
            }
            try {
                return new Match(cache.tankerIdentifiedAt("tanker", reference, at), reference, null);
            } catch (DomainException e) {
                if (why == null) {
                    why = e.getMessage();
                }
            }
        }
        return new Match(null, null, why);
    }

    private static NewVoyageEvent input(DetectedEvent e, Match self, String counterpart, String sourceKey,
                                        String fileName) {
        DetectedEvent.Position at = position(e);
        TimeWindow w = e.time();
        String notes = e.note() + " [AIS: file " + fileName + ", rows " + e.evidence().firstRow() + "–"
                + e.evidence().lastRow() + ", " + e.evidence().reports() + " reports, MMSI " + e.mmsi()
                + (self.reference.equals(e.mmsi()) ? "" : ", matched by " + self.reference)
                + (counterpart == null ? "" : "; counterpart " + counterpart
                + "; which way the cargo went is not decided by AIS") + "]";
        if (notes.length() > 4000) {
            notes = notes.substring(0, 3999) + "…";
        }
        return new NewVoyageEvent(self.reference, e.type(), null, w.precision(), w.from(), w.to(),
                e.portId() == null ? null : String.valueOf(e.portId()), e.ladenState(), e.observedDraughtM(), null, null,
                null, EvidenceType.AIS, e.confidence(), sourceKey, notes, false, null, null,
                at == null ? null : round5(at.lat()), at == null ? null : round5(at.lon()),
                at == null ? null : PositionSource.AIS, self.tankerId, null);
    }

    /** The report that places the event: inside the port for a call, the last before / first after a gap. */
    private static DetectedEvent.Position position(DetectedEvent e) {
        List<DetectedEvent.Position> p = e.positions();
        if (p.isEmpty()) {
            return null;
        }
        return switch (e.type()) {
            case ARRIVAL, AIS_ON -> p.get(p.size() - 1);
            default -> p.get(0);
        };
    }

    private static double round5(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    /** Identifies a detected event across runs: the same vessel, type, window, port, counterpart and findings. */
    static String detectionKey(DetectedEvent e) {
        String text = String.join("|", e.mmsi(), e.type().name(), e.time().from().toString(), e.time().to().toString(),
                String.valueOf(e.time().precision()), String.valueOf(e.portId()), String.valueOf(e.counterpartMmsi()),
                String.valueOf(e.confidence()), String.valueOf(e.ladenState()), String.valueOf(e.observedDraughtM()));
        return sha256(text);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String publisher(String layout) {
        return switch (layout) {
            case "dma" -> "Danish Maritime Authority (AIS data)";
            case "noaa" -> "NOAA Office for Coastal Management, MarineCadastre.gov (AIS data)";
            default -> "AIS position reports (generic layout; publisher not stated)";
        };
    }

    private static String sourceNotes(String fileName, String sha256, String layout, Connection c, long fileId,
                                      AisSettings settings) throws SQLException {
        String rows = "";
        try (PreparedStatement ps = c.prepareStatement("select first_row, last_row from ais_file where id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    rows = "rows " + rs.getLong(1) + "–" + rs.getLong(2);
                }
            }
        }
        return "AIS file " + fileName + "; SHA-256 " + sha256 + "; layout " + layout + "; " + (rows.isEmpty()
                ? "no reports" : rows) + "; AIS file id " + fileId + "; detection settings: " + settings.inWords();
    }

    private Long earlierFile(Connection c, String sha256) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, "ais_file:" + sha256);
            lock.executeQuery().close();
        }
        try (PreparedStatement ps = c.prepareStatement("select id from ais_file where sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private long insertFile(Connection c, String fileName, String sha256, PositionReportReader.Summary summary,
                            Map<String, AisImportReport.Rejected> rejected, AisSettings settings, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into ais_file (file_name, sha256, layout, settings, issues, rows_read, reports_stored, first_row,
                    last_row, imported_by)
                select ?, ?, ?, ?::jsonb, ?::jsonb, ?, 0, min(row_number), max(row_number), ? from ais_staging
                returning id""")) {
            ps.setString(1, fileName);
            ps.setString(2, sha256);
            ps.setString(3, summary.layout());
            ps.setString(4, json.writeValueAsString(settings.describe()));
            ps.setString(5, json.writeValueAsString(rejected));
            ps.setLong(6, summary.rows());
            ps.setString(7, by);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insertRun(Connection c, long fileId, AisSettings settings, long sourceId, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into ais_run (file_id, settings, settings_sha256, source_id, run_by)
                values (?, ?::jsonb, ?, ?, ?) returning id""")) {
            ps.setLong(1, fileId);
            ps.setString(2, json.writeValueAsString(settings.describe()));
            ps.setString(3, settings.sha256());
            ps.setLong(4, sourceId);
            ps.setString(5, by);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long runs(Connection c, long fileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from ais_run where file_id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The live (not retracted) events earlier runs recorded from the file: detection key → event id. */
    private static Map<String, Long> liveDetections(Connection c, long fileId) throws SQLException {
        Map<String, Long> live = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select d.detection_key, d.event_id from ais_detected_event d
                where d.file_id = ? and not exists (select 1 from voyage_event r where r.retracts_event_id = d.event_id)
                order by d.event_id""")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    live.putIfAbsent(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return live;
    }

    /** Live events recorded from any file under these detection keys: key → the AIS file. */
    private static Map<String, Long> recordedElsewhere(Connection c, String[] keys) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        if (keys.length == 0) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select d.detection_key, d.file_id from ais_detected_event d
                where d.detection_key = any (?)
                  and not exists (select 1 from voyage_event r where r.retracts_event_id = d.event_id)""")) {
            ps.setArray(1, c.createArrayOf("bpchar", keys));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.putIfAbsent(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return found;
    }

    private static void updateVessels(Connection c, Map<String, Long> tankers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update ais_vessel set matched_tanker_id = ?, updated_at = now() where mmsi = ?")) {
            for (Map.Entry<String, Long> e : tankers.entrySet()) {
                ps.setObject(1, e.getValue(), java.sql.Types.BIGINT);
                ps.setString(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<String, AisImportReport.Rejected> rejected(ReportTally read, ReportTally tracks, long outOfRange,
                                                                 List<Long> outOfRangeRows) {
        Map<String, AisImportReport.Rejected> out = new LinkedHashMap<>();
        for (ReportIssue issue : ReportIssue.values()) {
            long n = read.count(issue) + tracks.count(issue);
            if (n > 0) {
                List<Long> rows = new ArrayList<>(read.examples(issue));
                rows.addAll(tracks.examples(issue));
                out.put(issue.name(), new AisImportReport.Rejected(n, issue.dropped(),
                        new ArrayList<>(new TreeSet<>(rows)).subList(0, Math.min(ReportTally.EXAMPLES, rows.size()))));
            }
        }
        if (outOfRange > 0) {
            out.put(TIME_OUT_OF_RANGE, new AisImportReport.Rejected(outOfRange, true, outOfRangeRows));
        }
        return out;
    }

    private static String fileName(String given) {
        if (given == null || given.isBlank()) {
            return "unnamed AIS file";
        }
        String name = given.strip().replace('\u0000', ' ');
        return name.length() <= 300 ? name : name.substring(0, 300);
    }

    private Connection connection() {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(c -> c);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
