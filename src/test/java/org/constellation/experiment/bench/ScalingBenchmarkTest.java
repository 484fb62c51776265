package org.constellation.experiment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.Json;
import org.constellation.scenario.ScenarioLoader;
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
        ScalingBenchmark.Settings settings = new ScalingBenchmark.Settings(points, 2, 0, tmp.resolve("scenarios"), false);

        ScalingBenchmark.Result r = ScalingBenchmark.run(settings, phase -> { });

        assertThat(r.measures()).hasSize(3);
        for (ScalingBenchmark.Measure m : r.measures()) {
            assertThat(m.file()).exists();
            assertThat(m.runs()).isEqualTo(2 * ScalingBenchmark.MIN_RUNS);
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
        assertThat(csv.get(2)).startsWith("actors,4,4,8,2,8,1,3,4,2,").contains(",scenarios/actors-4.yaml,");
        assertThat(csv.get(2).substring(csv.get(2).lastIndexOf(',') + 1).split(" ")).as("ms per run of each round")
                .hasSize(2);
        assertThat(Files.readString(files.get(1))).contains("\"exponents\"", "\"actors\"")
                .doesNotContain("ratio_per_round");
    }

    @Test
    void everyRoundOfAPointRunsTheSameReplicatesAndGetsTheSameOutputs() throws Exception {
        List<ScalingPoint> points = List.of(
                new ScalingPoint("actors", 2, new GeneratedConstellation(2, 2, 2, 2, 1, 3)),
                new ScalingPoint("groups", 2, new GeneratedConstellation(2, 2, 3, 2, 2, 4)));
        ScalingBenchmark.Settings settings = new ScalingBenchmark.Settings(points, 3, 0, tmp.resolve("scenarios"), false);

        ScalingBenchmark.Result r = ScalingBenchmark.run(settings, phase -> { });

        for (ScalingBenchmark.Measure m : r.measures()) {
            long seed = ScenarioLoader.load(m.file()).scenario().seed();
            assertThat(m.runsPerRound()).as("with no least time a round, a point runs the least").isEqualTo(
                    ScalingBenchmark.MIN_RUNS);
            assertThat(m.rounds()).hasSize(3);
            assertThat(m.runs()).isEqualTo(3 * m.runsPerRound());
            ScalingBenchmark.Round first = m.rounds().get(0);
            assertThat(first.seeds()).as("replicates 1 to k; the warm-up, replicate 0, is not measured")
                    .containsExactly(seed + 1, seed + 2);
            assertThat(first.outputs()).hasSize(2);
            for (ScalingBenchmark.Round round : m.rounds()) {
                assertThat(round.seeds()).isEqualTo(first.seeds());
                assertThat(round.outputs()).as("the same runs, whatever the round").isEqualTo(first.outputs());
            }
        }
    }

    /** A burst of the machine's load must fall on all points alike: a round takes their replicates in turn. */
    @Test
    void aRoundInterleavesThePointsRunsReplicateByReplicate() {
        List<String> order = ScalingBenchmark.schedule(new int[] {3, 1, 2}).stream()
                .map(run -> run[0] + ":" + run[1]).toList();
        assertThat(order).containsExactly("0:1", "1:1", "2:1", "0:2", "2:2", "0:3");
        assertThat(ScalingBenchmark.schedule(new int[0])).isEmpty();
    }

    @Test
    void runsPerRoundFillTheRoundButAreNeverFewerThanTheLeast() {
        assertThat(ScalingBenchmark.runsPerRound(800, 100)).isEqualTo(8);
        assertThat(ScalingBenchmark.runsPerRound(800, 110)).isEqualTo(8);
        assertThat(ScalingBenchmark.runsPerRound(800, 550)).isEqualTo(2);
        assertThat(ScalingBenchmark.runsPerRound(800, 1900)).isEqualTo(ScalingBenchmark.MIN_RUNS);
        assertThat(ScalingBenchmark.MIN_RUNS).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPerRoundRatioIsTheMedianOfTheRoundsRatiosWithTheirRange() {
        RoundRatio even = RoundRatio.of(new double[] {4, 9, 6, 10}, new double[] {1, 3, 2, 2});
        assertThat(even).isEqualTo(new RoundRatio(4, 3.5, 3, 5));
        RoundRatio odd = RoundRatio.of(new double[] {8, 3, 10}, new double[] {2, 1, 2});
        assertThat(odd).isEqualTo(new RoundRatio(3, 4, 3, 5));
        assertThatThrownBy(() -> RoundRatio.of(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 1");
        assertThatThrownBy(() -> RoundRatio.of(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoPointsCompareRoundByRoundNotByTheirMedians() throws Exception {
        ScalingBenchmark.Measure small = HandMadeMeasures.measure("actors", 40, 10, 20, 30);
        ScalingBenchmark.Measure large = HandMadeMeasures.measure("actors", 160, 40, 100, 90);
        ScalingBenchmark.Result r = HandMadeMeasures.result(small, large);

        assertThat(large.msPerRun() / small.msPerRun()).as("the ratio of medians").isEqualTo(4.5);
        assertThat(r.ratio("actors", 40, 160)).as("rounds' ratios 4, 5 and 3").isEqualTo(new RoundRatio(3, 4, 3, 5));
        assertThat(r.ratio("actors", 40, 80)).isNull();
        assertThat(r.ratio("groups", 40, 160)).isNull();
        assertThat(large.runs()).isEqualTo(6);
        assertThat(large.msFastest()).isEqualTo(40);
        assertThat(large.msSlowest()).isEqualTo(100);
        assertThat(large.wallMsPerRun()).isEqualTo(180);

        ScalingBenchmark.Settings settings = new ScalingBenchmark.Settings(List.of(small.point(), large.point()), 3,
                1, tmp.resolve("scenarios"), true);
        Map<String, Object> manifest = Json.read(ScalingFiles.write(tmp, settings, r, tmp).get(1));
        assertThat(manifest.get("ratio_per_round")).isEqualTo(Map.of("series", "actors", "from", 40, "to", 160,
                "rounds", 3, "median", 4.0, "min", 3.0, "max", 5.0));
        assertThat(manifest.get("points_in")).isEqualTo("a JVM each");
    }
}
