package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.support.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user names is checked before anything runs: the files a scenario extends and an experiment
 * builds on, the limits of the file format on the command line, and designs too big to hold; each
 * refusal is one located error with exit status 2, never an internal error or a stack trace, and
 * leaves no output folder behind. Each case runs the command line in a JVM of its own.
 */
class InputLimitsTest {

    @TempDir
    Path tmp;

    private static void assertRefused(CliProcess.Result r, String saying) {
        assertThat(r.status()).as(r.output()).isEqualTo(Main.USER_ERROR);
        assertThat(r.output()).contains(saying).doesNotContain("internal error").doesNotContain("Exception")
                .doesNotContain("\tat ").doesNotContain("OutOfMemory");
    }

    /** A complete scenario (the borderlands) that also extends {@code target}. */
    private Path extending(String target) throws Exception {
        String borderlands = Files.readString(Path.of("scenarios/borderlands.yaml"));
        return Files.writeString(tmp.resolve("child.yaml"), "extends: " + target + "\n" + borderlands);
    }

    private CliProcess.Result runOf(Path scenario) throws Exception {
        return CliProcess.run("run", scenario.toString(), "--steps", "1", "--no-charts", "--out",
                tmp.resolve("out").toString());
    }

    @Test
    void extendingSomethingThatIsNotAScenarioIsALocatedError() throws Exception {
        Files.writeString(tmp.resolve("words.txt"), "SECRET-WORDS of a plain text file\n");
        Files.writeString(tmp.resolve("list.yaml"), "- a\n- b\n");
        Files.writeString(tmp.resolve("bare.yaml"), "\"just a string\"\n");
        Files.writeString(tmp.resolve("empty.yaml"), "# nothing here\n");
        for (String target : List.of("words.txt", "list.yaml", "bare.yaml", "empty.yaml")) {
            CliProcess.Result r = runOf(extending(target));
            assertRefused(r, "child.yaml:1:10: extends:");
            assertThat(r.output()).as(target).doesNotContain("SECRET-WORDS");
            assertThat(tmp.resolve("out")).doesNotExist();
        }
    }

    @Test
    void extendingADeviceOrAFolderSaysWhatItIs() throws Exception {
        Files.createDirectories(tmp.resolve("folder"));
        for (String target : List.of("/dev/null", "folder")) {
            CliProcess.Result r = runOf(extending(target));
            assertRefused(r, "child.yaml:1:10: extends:");
            assertThat(r.output()).as(target).contains("not a file").doesNotContain("does not exist");
        }
    }

    @Test
    void anExperimentsSetErrorIsReportedOnceAtTheSetLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("badset.yaml"), """
                name: badset
                scenario: borderlands
                set: [parameters.effects.saturation=-5]
                steps: 2
                factors:
                  - {name: a, path: parameters.planning.chunk, min: 0.1, max: 1}
                  - {name: b, path: coordination.sharing, values: [siloed, open]}
                design: {type: grid, levels: 2}
                """);
        CliProcess.Result r = CliProcess.run("sweep", file.toString(), "--out", tmp.resolve("out").toString());
        assertRefused(r, "badset.yaml:3:");
        assertThat(r.output().lines().filter(l -> l.contains("saturation"))).hasSize(1);
        assertThat(r.output()).doesNotContain("factors[");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anExperimentBuiltOnAFileThatIsNotAScenarioSaysSoAtTheScenarioLineWithoutQuotingIt() throws Exception {
        Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET - the password is hunter2\nand more\n");
        Files.writeString(tmp.resolve("secret.yaml"), "password: hunter2\n");
        for (String target : List.of("secret.txt", "secret.yaml")) {
            Path file = Files.writeString(tmp.resolve("badscenario.yaml"), """
                    name: badscenario
                    scenario: %s
                    steps: 2
                    factors:
                      - {name: a, path: parameters.planning.chunk, min: 0.1, max: 1}
                    design: {type: grid, levels: 2}
                    """.formatted(target));
            CliProcess.Result r = CliProcess.run("sweep", file.toString(), "--out", tmp.resolve("out").toString());
            assertRefused(r, "badscenario.yaml:2:");
            assertThat(r.output().strip().lines()).as(target).allMatch(l -> l.contains("badscenario.yaml:2:"));
            assertThat(r.output()).doesNotContain("hunter2").doesNotContain("factors[");
            if (target.endsWith(".txt")) {
                assertThat(r.output().strip().lines()).hasSize(1);
                assertThat(r.output()).contains("found plain text");
            }
        }
    }

    @Test
    void theFileFormatsLimitsHoldOnTheCommandLine() throws Exception {
        assertRefused(CliProcess.run("run", "borderlands", "--steps", "1000001", "--out", tmp.resolve("out").toString()),
                "1000000");
        assertRefused(CliProcess.run("run", "borderlands", "--steps", "2147483647", "--out",
                tmp.resolve("out").toString()), "1000000");
        Path experiment = Files.writeString(tmp.resolve("tiny.yaml"), ResultsFolderSafetyTest.TINY);
        assertRefused(CliProcess.run("sweep", experiment.toString(), "--threads", "2147483647", "--out",
                tmp.resolve("out").toString()), "--threads");
        assertRefused(CliProcess.run("bench", "--threads", "2000"), "from 1 to 1024");
        assertRefused(CliProcess.run("sweep", experiment.toString(), "--shard", "5/5", "--out",
                tmp.resolve("out").toString()), "leave this shard empty");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private CliProcess.Result sweepOf(String design, int factors, String jvmMemory) throws Exception {
        StringBuilder text = new StringBuilder("name: big\nscenario: borderlands\nsteps: 2\nfactors:\n");
        String[] paths = {"parameters.effects.saturation", "parameters.planning.chunk",
            "parameters.needs.cross_border_factor", "parameters.planning.driver_value"};
        for (int i = 0; i < factors; i++) {
            text.append("  - {name: f").append(i).append(", path: ").append(paths[i]).append(", min: 0.5, max: 1}\n");
        }
        text.append("design: ").append(design).append('\n');
        Path file = Files.writeString(tmp.resolve("big.yaml"), text.toString());
        return CliProcess.run(List.of("-Xmx" + jvmMemory), "sweep", file.toString(), "--out",
                tmp.resolve("out").toString());
    }

    @Test
    void aDesignBeyondTheCapIsRefusedUpFrontWithItsNumbers() throws Exception {
        assertRefused(sweepOf("{type: grid, levels: 200}", 4, "256m"), "1,600,000,000");
        assertRefused(sweepOf("{type: sobol, samples: 8388608}", 2, "256m"), "33,554,432");
        assertRefused(sweepOf("{type: grid, levels: 1000}", 4, "256m"), "1,000,000,000,000");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aDesignTooBigForThisJavasMemoryIsRefusedUpFrontWithTheMemoryItNeeds() throws Exception {
        CliProcess.Result r = sweepOf("{type: latin-hypercube, samples: 2000000}", 3, "96m");
        assertRefused(r, "2,000,000");
        assertThat(r.output()).contains("memory").contains("-Xmx");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void theSlurmSubmitHintQuotesItsPath() throws Exception {
        Path experiment = Files.writeString(tmp.resolve("tiny.yaml"), ResultsFolderSafetyTest.TINY);
        Path out = tmp.resolve("o$HOME;x");
        CliProcess.Result r = CliProcess.run("slurm", experiment.toString(), "--tasks", "2", "--out", out.toString());
        assertThat(r.status()).as(r.output()).isZero();
        Path submit = out.toAbsolutePath().normalize().resolve("slurm").resolve("submit.sh");
        assertThat(r.output()).contains("submit with: sh " + SlurmScripts.quote(submit.toString()));
    }
}
