package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.constellation.support.CliProcess;
import org.constellation.support.FolderState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results folder is replaced only when it holds a run and the user asked; nothing is written
 * through a symbolic link or beside the output folder; a folder that holds something else is refused
 * with exit status 2 and left exactly as it was. Each case runs the command line in a JVM of its own.
 */
class ResultsFolderSafetyTest {

    /** Four runs of two steps on the generated borderlands: a sweep that takes a second or two. */
    static final String TINY = """
            name: tiny
            scenario: borderlands
            steps: 2
            replications: 2
            seed: 5
            factors:
              - {name: sharing, path: coordination.sharing, values: [siloed, open]}
            design: {type: grid}
            """;

    @TempDir
    Path tmp;

    private Path tinyExperiment() throws Exception {
        return Files.writeString(tmp.resolve("tiny.yaml"), TINY);
    }

    private static CliProcess.Result cli(String... args) throws Exception {
        return CliProcess.run(args);
    }

    /** A two-step run of the borderlands into {@code out}, with these options too. */
    private static CliProcess.Result runInto(Path out, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "borderlands", "--steps", "2", "--no-charts"));
        args.addAll(List.of(options));
        args.addAll(List.of("--out", out.toString()));
        return cli(args.toArray(String[]::new));
    }

    private static void assertRefused(CliProcess.Result r, String saying) {
        assertThat(r.status()).as(r.output()).isEqualTo(Main.USER_ERROR);
        assertThat(r.output()).contains(saying).doesNotContain("internal error").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aRunNeverReplacesAFinishedSweep() throws Exception {
        Path sweep = tmp.resolve("s");
        assertThat(cli("sweep", tinyExperiment().toString(), "--threads", "1", "--no-charts", "--out", sweep.toString())
                .status()).isZero();
        Map<String, String> before = FolderState.of(sweep);
        assertRefused(runInto(sweep), "sweep");
        assertRefused(runInto(sweep, "--replace"), "sweep");
        assertThat(FolderState.of(sweep)).isEqualTo(before);
    }

    @Test
    void aManifestAloneDoesNotMakeAFolderReplaceable() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(folder.resolve("manifest.json"), "{}");
        Files.createDirectories(folder.resolve("notes"));
        Files.writeString(folder.resolve("notes/thesis.txt"), "three years of work");
        Map<String, String> before = FolderState.of(folder);
        assertRefused(runInto(folder), "not a Constellation results folder");
        assertThat(FolderState.of(folder)).isEqualTo(before);
    }

    @Test
    void anEarlierRunIsReplacedOnlyWhenAskedAndOnlyIfItHoldsNothingElse() throws Exception {
        Path run = tmp.resolve("r");
        assertThat(runInto(run, "--seed", "1").status()).isZero();
        Map<String, String> first = FolderState.of(run);
        assertRefused(runInto(run, "--seed", "2"), "--replace");
        assertThat(FolderState.of(run)).isEqualTo(first);
        assertThat(runInto(run, "--seed", "2", "--replace").status()).isZero();
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"seed\" : 2");
        Files.writeString(run.resolve("notes.txt"), "my reading of this run");
        Map<String, String> annotated = FolderState.of(run);
        assertRefused(runInto(run, "--replace"), "notes.txt");
        assertThat(FolderState.of(run)).isEqualTo(annotated);
    }

    @Test
    void resumeRefusesAFolderThatHoldsNoSweepAndWritesNothingInIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("u"));
        Files.writeString(folder.resolve("runs.csv"), "a,b\n1,2\n");
        Map<String, String> before = FolderState.of(folder);
        String experiment = tinyExperiment().toString();
        assertRefused(cli("sweep", experiment, "--resume", "--no-charts", "--out", folder.toString()), "runs.csv");
        assertThat(FolderState.of(folder)).isEqualTo(before);
        CliProcess.Result fresh = cli("sweep", experiment, "--no-charts", "--out", folder.toString());
        assertRefused(fresh, "runs.csv");
        assertThat(fresh.output()).doesNotContain("already holds a sweep");
        assertThat(FolderState.of(folder)).isEqualTo(before);
    }

    @Test
    void resumeNeverAppendsThroughASymbolicLink() throws Exception {
        Path sweep = tmp.resolve("s");
        String experiment = tinyExperiment().toString();
        assertThat(cli("sweep", experiment, "--threads", "1", "--no-charts", "--out", sweep.toString()).status())
                .isZero();
        Path elsewhere = tmp.resolve("elsewhere.csv");
        Files.write(elsewhere, Files.readAllLines(sweep.resolve("runs.csv")).subList(0, 2));
        Files.delete(sweep.resolve("runs.csv"));
        Files.createSymbolicLink(sweep.resolve("runs.csv"), elsewhere);
        Map<String, String> outside = FolderState.of(elsewhere);
        assertRefused(cli("sweep", experiment, "--resume", "--threads", "1", "--no-charts", "--out", sweep.toString()),
                "symbolic link");
        assertRefused(cli("analyze", sweep.toString()), "symbolic link");
        assertThat(FolderState.of(elsewhere)).isEqualTo(outside);
    }

    @Test
    void aKilledRunLeavesNothingBesideItsFolderAndItsLeftoversGoAtTheNextStart() throws Exception {
        Path parent = Files.createDirectories(tmp.resolve("parent"));
        Path out = parent.resolve("r");
        Process p = CliProcess.start("run", "sahel", "--steps", "1000000", "--no-charts", "--out", out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline && entries(parent).isEmpty()) {
            Thread.sleep(20);
        }
        Thread.sleep(1500);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(entries(parent)).as("what the killed run left beside its folder").containsOnly("r");
        assertThat(runInto(out).status()).isZero();
        assertThat(entries(out)).containsExactlyInAnyOrder("timeseries.csv", "summary.csv", "manifest.json");
    }

    private static List<String> entries(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).toList();
        }
    }
}
