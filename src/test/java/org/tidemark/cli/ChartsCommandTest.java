package org.tidemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
class ChartsCommandTest {

    @TempDir
    Path out;

    @Test
    void rendersEveryChartAsPngAndSvg(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult result = launcher.launch("charts", "--out", out.toString(), "--width", "640", "--height", "320");
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        for (String name : new String[] {"cumulative-volume", "voyage-timeline", "monthly-trips"}) {
            File png = out.resolve(name + ".png").toFile();
            assertThat(ImageIO.read(png).getWidth()).as(name).isEqualTo(640);
            assertThat(Files.readString(out.resolve(name + ".svg"))).startsWith("<?xml").contains("<svg");
        }
        assertThat(result.getOutput()).contains("cumulative-volume.png");
    }

    @Test
    void aSizeOutOfBoundsFails(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("charts", "--out", out.toString(), "--width", "50");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.getErrorOutput() + result.getOutput()).contains("width must be between 200 and 4000");
    }
}
