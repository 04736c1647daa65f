package org.tidemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

@QuarkusMainTest
class RebuildCommandTest {

    @Test
    @Launch({"rebuild"})
    void rebuildReportsWhatItWrote(LaunchResult result) {
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).containsPattern("Rebuilt \\d+ voyages in \\d+\\.\\d s");
    }

    @Test
    @Launch(value = {"no-such-command"}, exitCode = 2)
    void anUnknownCommandExitsWithUsage(LaunchResult result) {
        assertThat(result.getErrorOutput()).contains("Unmatched argument at index 0: 'no-such-command'");
    }
}
