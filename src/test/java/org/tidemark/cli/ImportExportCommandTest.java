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
}
