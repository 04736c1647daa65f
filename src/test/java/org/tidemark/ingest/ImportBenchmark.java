package org.tidemark.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

import org.tidemark.Fixtures;

/** An informal measurement, not a test: 100,000 events imported over HTTP beside as many rows COPYed raw; logs both rates. */
// Run with: mvn test -Dtest=ImportBenchmark -Dtidemark.benchmark=true (it asserts nothing about speed).
@EnabledIfSystemProperty(named = "tidemark.benchmark", matches = "true")
@QuarkusTest
@TestSecurity(user = "benchmark", roles = {"viewer", "analyst"})
class ImportBenchmark {

    private static final int ROWS = 100_000;
    private static final int TANKERS = 20;

    @Inject
    DataSource dataSource;

    @Test
    void importRateBesideARawCopy() throws Exception {
        List<Fixtures> fleet = new ArrayList<>();
        for (int i = 0; i < TANKERS; i++) {
            fleet.add(Fixtures.create());
        }
        String csv = deliveries(fleet);
        // Warm the path up (JIT, caches) with a small file of the same shape.
        given().contentType("text/csv").body(deliveries(List.of(Fixtures.create())).substring(0, 20_000).replaceAll("\n[^\n]*$", "\n"))
                .post("/api/events/import").then().statusCode(200);

        long started = System.nanoTime();
        JsonPath report = given().contentType("text/csv").body(csv).post("/api/events/import")
                .then().statusCode(200).extract().jsonPath();
        double importSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(report.getLong("eventsAdded")).isEqualTo(ROWS);

        String rows = rawRows(fleet);
        double copySeconds;
        try (Connection c = dataSource.getConnection()) {
            long copyStarted = System.nanoTime();
            ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn("""
                    copy voyage_event (id, tanker_id, port_id, type, occurred_from, occurred_to, precision, evidence_type,
                        confidence, source_id, content_key, recorded_by, recorded_at) from stdin""", new StringReader(rows));
            copySeconds = (System.nanoTime() - copyStarted) / 1e9;
        }
        Log.infof("BENCHMARK %,d rows: import over HTTP %.2f s = %,.0f rows/s (server: %,d ms, %d voyages changed); "
                        + "raw COPY %.2f s = %,.0f rows/s; import/COPY = %.2f",
                ROWS, importSeconds, ROWS / importSeconds, report.getLong("elapsedMs"), report.getInt("voyagesChanged"),
                copySeconds, ROWS / copySeconds, copySeconds / importSeconds);
    }

    /** Deliveries as analysts record them: loading, laden departure, AIS off, arrival, discharge, ballast departure. */
    private static String deliveries(List<Fixtures> fleet) {
        StringBuilder csv = new StringBuilder(Fixtures.CSV_HEADER);
        String[][] cycle = {{"LOADING", "L"}, {"DEPARTURE", "L"}, {"AIS_OFF", null}, {"ARRIVAL", "D"}, {"DISCHARGE", "D"},
                {"DEPARTURE", "D"}};
        Instant start = Instant.parse("2010-01-01T00:00:00Z");
        for (int i = 0; i < ROWS; i++) {
            Fixtures f = fleet.get(i % fleet.size());
            int step = i / fleet.size();
            String[] event = cycle[step % cycle.length];
            String port = event[1] == null ? null : event[1].equals("L") ? f.loadingPort : f.dischargePort;
            csv.append(f.csvRow(event[0], start.plus(step * 7L, ChronoUnit.HOURS).toString(), port, 3,
                    i % 10 == 0 ? "seen on imagery, row " + i : null, null));
        }
        return csv.toString();
    }

    /** The same number of rows in COPY text format, ids from the sequence the way the import draws them. */
    private String rawRows(List<Fixtures> fleet) throws Exception {
        List<Long> tankerPorts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("select (select id from port where name = ?), (select id from source where key = ?)")) {
            for (Fixtures f : fleet) {
                ps.setString(1, f.loadingPort);
                ps.setString(2, f.source);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    tankerPorts.add(rs.getLong(1));
                    tankerPorts.add(rs.getLong(2));
                }
            }
            EventIds ids = new EventIds();
            Random random = new Random(1);
            byte[] key = new byte[32];
            StringBuilder rows = new StringBuilder();
            Instant start = Instant.parse("2010-01-01T00:00:00Z");
            for (int i = 0; i < ROWS; i++) {
                if (ids.exhausted()) {
                    ids.refill(c);
                }
                int t = i % fleet.size();
                random.nextBytes(key);
                String at = start.plus(i, ChronoUnit.HOURS).toString();
                rows.append(ids.next()).append('\t').append(fleet.get(t).tankerId).append('\t').append(tankerPorts.get(2 * t))
                        .append("\tSIGHTING\t").append(at).append('\t').append(at).append("\tEXACT\tAIS\t3\t")
                        .append(tankerPorts.get(2 * t + 1)).append('\t').append(HexFormat.of().formatHex(key))
                        .append("\tbenchmark\t").append(at).append('\n');
            }
            return rows.toString();
        }
    }
}
