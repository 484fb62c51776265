package org.constellation.experiment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scaling benchmark measures every point and fits slopes; it asserts no timing (machines are noisy). */
class ScalingBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void theSlopeOfALogLogLineIsItsExponent() {
        double[] x = {Math.log(10), Math.log(20), Math.log(40), Math.log(80)};
        double[] squared = {2 * x[0] + 1, 2 * x[1] + 1, 2 * x[2] + 1, 2 * x[3] + 1};
        assertThat(ScalingBenchmark.slope(x, squared)).isCloseTo(2.0, within(1e-12));
        assertThat(ScalingBenchmark.slope(new double[] {1, 1}, new double[] {2, 3})).isNaN();
    }

    @Test
    void everyPointIsWrittenRunAndMeasuredAndEachSeriesGetsASlope() throws Exception {
        List<ScalingPoint> points = List.of(
                new ScalingPoint("actors", 2, new GeneratedConstellation(2, 2, 2, 2, 1, 3)),
                new ScalingPoint("actors", 4, new GeneratedConstellation(2, 2, 4, 2, 1, 3)),
                new ScalingPoint("continent", 3, new GeneratedConstellation(2, 3, 3, 4, 1, 3)));
        ScalingBenchmark.Settings settings = new ScalingBenchmark.Settings(points, 2, 1, tmp.resolve("scenarios"));

        ScalingBenchmark.Result r = ScalingBenchmark.run(settings, phase -> { });

        assertThat(r.measures()).hasSize(3);
        for (ScalingBenchmark.Measure m : r.measures()) {
            assertThat(m.file()).exists();
            assertThat(m.runs()).isGreaterThanOrEqualTo(2);
            assertThat(m.msPerRun()).isPositive().isBetween(m.msFastest(), m.msSlowest());
            assertThat(m.wallMsPerRun()).isPositive();
            assertThat(m.keptMegabytes()).isPositive();
        }
        assertThat(r.exponents()).containsOnlyKeys("actors");
        assertThat(r.find("continent", 3).file().getFileName().toString()).isEqualTo("continent-3.yaml");

        List<Path> files = ScalingFiles.write(tmp, settings, r, tmp);
        List<String> csv = Files.readAllLines(files.get(0));
        assertThat(csv.get(0)).isEqualTo(String.join(",", ScalingFiles.COLUMNS));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(2)).startsWith("actors,4,4,8,2,8,1,3,").endsWith(",scenarios/actors-4.yaml");
        assertThat(Files.readString(files.get(1))).contains("\"exponents\"", "\"actors\"");
    }
}
