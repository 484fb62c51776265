package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.experiment.bench.HandMadeMeasures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end and reports every figure; it asserts no timing (machines are noisy). */
class BenchCommandTest {

    @TempDir
    Path tmp;

    /** Standard output and error of a successful command, together. */
    private static String[] run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), args);
        assertThat(status).as(e.toString()).isZero();
        return new String[] {o.toString(), e.toString()};
    }

    @Test
    void aTinyBenchmarkPrintsEveryFigureAndSaysUpFrontWhatItWillDo() {
        String[] out = run("bench", "--scenario", "teaching/tell-the-host", "--warm-up", "1",
                "--single-runs", "2", "--runs", "4", "--threads", "2");
        assertThat(out[0]).contains("1 thread", "2 threads", "4 runs in", "2 runs in", "parallel efficiency",
                "agent-steps/s", "bare MASON no-op agent", "heap kept after GC", "after 4 runs", "peak heap")
                .doesNotContain("1 threads");
        assertThat(out[1]).contains("1 warm-up + 2 measured runs on 1 thread, then 1 warm-up + 4 measured runs on 2 "
                + "threads (8 runs in all)", "expected: about");
    }

    @Test
    void withOneThreadThereIsOnePhaseAndNoParallelEfficiency() {
        String[] out = run("bench", "--scenario", "teaching/tell-the-host", "--warm-up", "1", "--runs", "3",
                "--threads", "1");
        assertThat(out[0]).contains("1 thread ", "3 runs in").doesNotContain("parallel efficiency", "1 threads",
                "2 runs in");
        assertThat(out[1]).contains("1 warm-up + 3 measured runs on 1 thread (4 runs in all)");
    }

    /**
     * One run of the series (they take seconds) into a folder an earlier scaling benchmark left: the run
     * prints and writes everything, and what the earlier one wrote is replaced, not merged.
     */
    @Test
    void theScalingBenchmarkPrintsEachSeriesAndItsSlopeAndReplacesAnEarlierScalingFolder() throws Exception {
        Path dir = tmp.resolve("scaling");
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("manifest.json"), "{\"benchmark\": \"scaling\"}");
        Files.writeString(dir.resolve("scaling.csv"), "edited");
        Files.writeString(dir.resolve("scenarios").resolve("actors-99.yaml"), "earlier");
        String[] out = run("bench", "--scaling", "--series", "groups", "--rounds", "1", "--out", dir.toString());
        assertThat(out[0]).contains("groups", "ms/run", "log-log slope (1 = linear, 2 = quadratic): groups ")
                .doesNotContain("40 -> 160 actors");
        for (String f : new String[] {"scaling.csv", "manifest.json", "scaling.png", "scaling.svg",
            "scenarios/groups-1.yaml", "scenarios/groups-64.yaml"}) {
            assertThat(dir.resolve(f)).exists();
        }
        List<String> rows = Files.readAllLines(dir.resolve("scaling.csv"));
        assertThat(rows).as("the earlier scaling.csv is replaced").hasSize(5);
        assertThat(rows.get(0)).startsWith("series,x,actors");
        List<String> header = List.of(rows.get(0).split(","));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            int perRound = Integer.parseInt(cells[header.indexOf("runs_per_round")]);
            assertThat(perRound).as(row).isGreaterThanOrEqualTo(2);
            assertThat(Integer.parseInt(cells[header.indexOf("runs")])).as("1 round").isEqualTo(perRound);
        }
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"rounds\"", "\"min_runs_per_round\" : 2",
                "\"points_in\" : \"a JVM each\"");
        assertThat(dir.resolve("scenarios").resolve("actors-99.yaml")).as("nothing of the earlier run is kept")
                .doesNotExist();
    }

    @Test
    void inProcessRunsEveryPointInThisJvmAndSaysSo() throws Exception {
        Path dir = tmp.resolve("in-process");
        String[] out = run("bench", "--scaling", "--series", "groups", "--rounds", "1", "--in-process", "--out",
                dir.toString());
        assertThat(out[1]).contains("all in this JVM").doesNotContain("JVM of its own");
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"points_in\" : \"one JVM\"");
    }

    @Test
    void theActorsRatioIsTheMedianOfTheRoundsRatiosWithTheirRange() {
        StringWriter o = new StringWriter();
        ScalingBench.print(new PrintWriter(o, true), HandMadeMeasures.result(
                HandMadeMeasures.measure("actors", 40, 100, 120, 110, 130),
                HandMadeMeasures.measure("actors", 160, 400, 420, 490, 390)));
        assertThat(o.toString()).contains("40 -> 160 actors (4x the presences): 3.75x the time per run (median of 4 "
                + "rounds' ratios; rounds 3.00-4.45x)" + System.lineSeparator());
    }

    @Test
    void aFolderHoldingAnythingElseIsRefusedAndLeftAlone() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        String err = SweepCommandTest.fail("bench", "--scaling", "--series", "groups", "--out", dir.toString());
        assertThat(err).contains("--out", "is not an earlier bench --scaling folder", "notes.txt");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
        try (var entries = Files.list(dir)) {
            assertThat(entries).hasSize(1);
        }
    }

    @Test
    void anUnknownSeriesIsAUserError() {
        String err = SweepCommandTest.fail("bench", "--scaling", "--series", "agents", "--out",
                tmp.resolve("x").toString());
        assertThat(err).contains("--series", "'agents'", "actors, presence, districts, groups, continent");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
