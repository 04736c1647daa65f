package org.tidemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
class ImportExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBadFileIsReportedRowByRowWithExitCodeOne(QuarkusMainLauncher launcher) throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, "tanker,type,occurredAt,evidenceType,confidence,source,latitude\n"
                + "No Such Tanker,SIGHTING,2024-03-07,SATELLITE_IMAGE,3,no-such-source,95\n");
        LaunchResult result = launcher.launch("import", "--dry-run", file.toString());
        assertThat(result.exitCode()).as(result.getOutput()).isEqualTo(1);
        assertThat(result.getErrorOutput()).contains("nothing was stored").contains("row 1, latitude");
    }

    @Test
    void anExportIsWrittenToTheFileAndParses(QuarkusMainLauncher launcher) throws Exception {
        Path file = dir.resolve("map.geojson");
        LaunchResult result = launcher.launch("export", "--format", "geojson", "--from", "2024-03-01", "--to",
                "2024-11-30", "--out", file.toString());
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        JsonNode map = new ObjectMapper().readTree(file.toFile());
        assertThat(map.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(result.getErrorOutput()).contains("rows written to " + file);
    }

    @Test
    void aBadFilterNamesTheOption(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("export", "--format", "csv", "--from", "2024-13-01",
                "--out", dir.resolve("x.csv").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("--from");
    }

    @Test
    void aRegistryBundleImportsAndExportsAndABadOneIsRefusedNamingTheItem(QuarkusMainLauncher launcher) throws Exception {
        Path given = dir.resolve("given.json");
        Files.writeString(given, """
                {"format": "tidemark-registry", "version": 1,
                 "sources": [{"id": 77, "key": "cli-bundle-source", "publisher": "CLI test", "title": "Illustrative"}],
                 "ports": [{"id": 78, "name": "CLI bundle port", "country": "KP", "latitude": 39.1, "longitude": 125.4,
                            "role": "DISCHARGE"}]}
                """);
        LaunchResult imported = launcher.launch("import", "--registry", given.toString());
        assertThat(imported.exitCode()).as(imported.getErrorOutput()).isZero();
        assertThat(imported.getOutput()).contains("\"sources\" : 1").contains("\"ports\" : 1");

        // Each launch starts on a database of its own: the export shows the bundle's shape, not the import above.
        Path file = dir.resolve("registry.json");
        LaunchResult export = launcher.launch("export", "--format", "registry", "--out", file.toString());
        assertThat(export.exitCode()).as(export.getErrorOutput()).isZero();
        JsonNode bundle = new ObjectMapper().readTree(file.toFile());
        assertThat(bundle.path("format").asText()).isEqualTo("tidemark-registry");
        assertThat(bundle.path("version").asInt()).isEqualTo(1);
        assertThat(bundle.has("tankers")).isTrue();

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "tidemark-registry", "version": 1,
                 "sources": [{"key": "cli-bundle-source", "publisher": "CLI test", "title": "Illustrative"}],
                 "tankers": [{"name": "CLI bundle tanker", "imo": "123"}]}
                """);
        LaunchResult refused = launcher.launch("import", "--registry", bad.toString());
        assertThat(refused.exitCode()).as(refused.getOutput()).isEqualTo(1);
        assertThat(refused.getErrorOutput()).contains("tankers[0].imo").contains("nothing was imported");
    }

    @Test
    void theRegistryTakesNoFilter(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("export", "--format", "registry", "--tanker", "Yu Son",
                "--out", dir.resolve("r.json").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("no filter");
    }
}
