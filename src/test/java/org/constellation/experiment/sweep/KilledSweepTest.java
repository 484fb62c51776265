package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.constellation.support.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep in its own JVM, killed without warning (SIGKILL) at several points, then resumed by the
 * command line, ends with exactly the outputs of a sweep never interrupted.
 */
class KilledSweepTest {

    private static final String EXPERIMENT = Sweeps.SMALL.replace("steps: 8", "steps: 40")
            .replace("replications: 2", "replications: 6");

    @TempDir
    Path tmp;

    @Test
    void aKilledSweepResumedFromTheCommandLineMatchesAnUninterruptedOne() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, EXPERIMENT);
        Sweeps.complete(e, tmp.resolve("reference"), 2, false);
        Map<String, String> reference = Sweeps.outputs(tmp.resolve("reference"));
        Path out = tmp.resolve("killed");
        Path file = tmp.resolve("experiment.in.yaml");
        long last = 0;
        for (int rows : new int[] {2, 9, 17}) {
            Process p = sweep(file, out, last > 0);
            long seen = waitForRows(out.resolve("runs.csv"), rows, p);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).as("killed before the end").isLessThan(24);
            last = seen;
        }
        Process finish = sweep(file, out, true);
        assertThat(finish.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(finish.exitValue()).as("exit status of the resumed sweep").isZero();
        assertThat(Sweeps.outputs(out)).isEqualTo(reference);
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"resumed_runs\"");
    }

    private Process sweep(Path file, Path out, boolean resume) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", file.toString(), "--out", out.toString(),
                "--threads", "2", "--no-charts"));
        if (resume) {
            args.add("--resume");
        }
        return CliProcess.start(args.toArray(String[]::new));
    }

    /** Polls runs.csv until it has at least {@code rows} data rows (or the process ends); returns the count. */
    private static long waitForRows(Path runs, int rows, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(runs)) {
                long n = Files.readAllLines(runs).size() - 1L;
                if (n >= rows) {
                    return n;
                }
            }
            Thread.sleep(2);
        }
        return Files.exists(runs) ? Files.readAllLines(runs).size() - 1L : 0;
    }
}
