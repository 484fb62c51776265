package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.constellation.support.CliProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line says to a user: a sweep's header before its runs, progress a log can read,
 * what analyze rewrote, help that names what a command accepts, and no such command for a name that
 * is none; and a finished sweep's folder without the files that only served while it ran.
 */
class SweepConsoleTest {

    @TempDir
    static Path tmp;
    static Path experiment;
    static Path sweep;
    static CliProcess.Result first;

    @BeforeAll
    static void sweepOnce() throws Exception {
        experiment = Files.writeString(tmp.resolve("tiny.yaml"), ResultsFolderSafetyTest.TINY.replace("steps: 2",
                "steps: 24"));
        sweep = tmp.resolve("s");
        first = CliProcess.run("sweep", experiment.toString(), "--threads", "1", "--no-charts", "--out",
                sweep.toString());
        assertThat(first.status()).as(first.output()).isZero();
    }

    @Test
    void theHeaderSaysHowManyRunsAndHowLongBeforeTheFirstRunAndTheLogHasNoCarriageReturns() {
        List<String> lines = first.output().lines().toList();
        assertThat(lines.get(0)).contains("tiny: 4 runs (2 design points x 2 replications)").contains("4 to do")
                .containsPattern("about \\d+ (s|min)");
        assertThat(first.output()).doesNotContain("\r");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("sweep ") || l.startsWith("4 runs "));
    }

    @Test
    void aFinishedWholeSweepKeepsNoLockOriginOrShardFile() throws Exception {
        try (Stream<Path> entries = Files.list(sweep)) {
            assertThat(entries.map(p -> p.getFileName().toString())).doesNotContain(".lock", ".origin", "shard.txt")
                    .contains("runs.csv", "manifest.json", "experiment.yaml");
        }
    }

    @Test
    void aResumedSweepSaysWhatIsLeftAndFinishesCleanAgain() throws Exception {
        Path resumed = tmp.resolve("resumed");
        assertThat(CliProcess.run("sweep", experiment.toString(), "--threads", "1", "--no-charts", "--out",
                resumed.toString()).status()).isZero();
        List<String> rows = Files.readAllLines(resumed.resolve("runs.csv"));
        Files.write(resumed.resolve("runs.csv"), rows.subList(0, 3));
        CliProcess.Result again = CliProcess.run("sweep", experiment.toString(), "--threads", "1", "--no-charts",
                "--resume", "--out", resumed.toString());
        assertThat(again.status()).as(again.output()).isZero();
        assertThat(again.output()).contains("2 to do").contains("(2 resumed, 2 now");
        assertThat(Files.readAllLines(resumed.resolve("runs.csv"))).isEqualTo(rows);
        try (Stream<Path> entries = Files.list(resumed)) {
            assertThat(entries.map(p -> p.getFileName().toString())).doesNotContain(".lock", ".origin", "shard.txt");
        }
    }

    @Test
    void analyzeListsOnlyTheFilesItRewrote() throws Exception {
        CliProcess.Result r = CliProcess.run("analyze", sweep.toString(), "--no-charts");
        assertThat(r.status()).as(r.output()).isZero();
        String rewrote = r.output().substring(r.output().indexOf("rewrote"));
        assertThat(rewrote).contains("summary.csv").contains("report.html").doesNotContain("runs.csv")
                .doesNotContain("points.csv").doesNotContain("timeseries");
    }

    private static String[] inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void runHelpSaysAScenarioMayBeARunFolder() {
        String[] r = inProcess("run", "--help");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].replaceAll("\\s+", " ")).contains("or a run folder");
    }

    @Test
    void anUnknownCommandIsAnErrorEvenWithHelp() {
        for (String[] args : List.of(new String[] {"frobnicate", "--help"}, new String[] {"frobnicate"})) {
            String[] r = inProcess(args);
            assertThat(r[0]).isEqualTo(Integer.toString(Main.USER_ERROR));
            assertThat(r[2]).contains("there is no command 'frobnicate'").contains("run, ");
            assertThat(r[1]).isEmpty();
        }
        assertThat(inProcess("--help")[0]).isEqualTo("0");
    }

    @Test
    void theReadmeListsEveryCommand() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String usage = readme.substring(readme.indexOf("## HOW TO USE IT"), readme.indexOf("### One run"));
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (String line : usage.lines().filter(l -> l.startsWith("./constellation ")).toList()) {
            String commands = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            for (String part : commands.split("\\|")) {
                String[] words = part.trim().replace("./constellation ", "").split("\\s+");
                listed.add(words[0]);
            }
        }
        assertThat(listed).as("commands in README's HOW TO USE IT list")
                .containsAll(new picocli.CommandLine(new Main()).getSubcommands().keySet());
    }
}
