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

import org.tidemark.ais.AisScenarioFiles;

/** {@code import --ais FILE}: the same report as POST /api/ais/import, exit 1 on a file that is not one of reports. */
@QuarkusMainTest
class AisImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void anAisFileImportsAndPrintsTheReport(QuarkusMainLauncher launcher) throws Exception {
        Path file = dir.resolve("run.csv");
        Files.writeString(file, AisScenarioFiles.file("dma", AisScenarioFiles.reports("001000001", "001000002", 0)));
        LaunchResult result = launcher.launch("import", "--ais", file.toString());
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        // The output holds the log too; the report is the indented JSON object among it.
        String out = result.getOutput();
        int from = out.startsWith("{") ? 0 : out.indexOf("\n{") + 1;
        JsonNode report = new ObjectMapper().readTree(out.substring(from, out.lastIndexOf("\n}") + 2));
        assertThat(report.get("layout").asText()).isEqualTo("dma");
        assertThat(report.get("fileName").asText()).isEqualTo("run.csv");
        assertThat(report.get("reportsStored").asLong()).isEqualTo(report.get("rowsRead").asLong()).isPositive();
        // A database of its own: no port registered, so no port call, only the dark gap (AIS_OFF, AIS_ON) and the
        // encounter (one on each side); no tanker either, so both vessels are unmatched and nothing is recorded.
        assertThat(report.get("vesselsUnmatched").asInt()).isEqualTo(2);
        assertThat(report.get("eventsProposed").asInt()).isEqualTo(4);
        assertThat(report.get("eventsRecorded").asInt()).isZero();
        assertThat(report.get("eventsSkipped").asInt()).isEqualTo(4);
    }

    @Test
    void aFileThatIsNotOneOfReportsExitsWithOne(QuarkusMainLauncher launcher) throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, "tanker,type,occurredAt\nX,SIGHTING,2024-03-07\n");
        LaunchResult result = launcher.launch("import", "--ais", file.toString(), "--dry-run");
        assertThat(result.exitCode()).as(result.getOutput()).isEqualTo(1);
        assertThat(result.getErrorOutput()).contains("neither the DMA nor the NOAA").contains("nothing was stored");
    }
}
