package org.constellation.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.constellation.experiment.Json;
import org.constellation.experiment.sweep.Shard;
import org.constellation.support.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration in its own JVM, killed without warning (SIGKILL) in the prior generation's runs, in a
 * later generation and in the predictive check, then resumed from the command line, ends with exactly
 * the outputs of a calibration never interrupted.
 */
class KilledCalibrationTest {

    private static final String CALIBRATION = Calibrations.SMALL.replace("steps: 6", "steps: 12");

    @TempDir
    Path tmp;

    @Test
    void aKilledCalibrationResumedFromTheCommandLineMatchesAnUninterruptedOne() throws Exception {
        LoadedCalibration c = Calibrations.load(tmp, CALIBRATION);
        Calibrations.run(c, tmp.resolve("reference"), 2, false, Shard.ALL);
        Path out = tmp.resolve("killed");
        Path file = tmp.resolve("calibration.in.yaml");
        List<Predicate<Path>> killPoints = List.of(
                o -> rows(o.resolve("batches/g00-b000/siloed/runs.csv")) >= 3,
                o -> Files.isDirectory(o.resolve("batches/g01-b000/open")),
                o -> Files.isDirectory(o.resolve("batches/predictive")));
        boolean resume = false;
        for (Predicate<Path> point : killPoints) {
            Process p = calibrate(file, out, resume);
            boolean reached = waitFor(point, out, p);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(reached).as("the calibration reached the kill point before ending").isTrue();
            assertThat(out.resolve("manifest.json")).as("killed before the end").doesNotExist();
            resume = true;
        }
        Process finish = calibrate(file, out, true);
        assertThat(finish.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(finish.exitValue()).as("exit status of the resumed calibration").isZero();
        assertThat(Calibrations.outputs(out)).isEqualTo(Calibrations.outputs(tmp.resolve("reference")));
        assertThat((List<?>) Json.read(out.resolve("manifest.json")).get("sessions")).hasSize(1);
        assertThat(out.resolve("report.html")).isRegularFile();
    }

    private static Process calibrate(Path file, Path out, boolean resume) throws Exception {
        List<String> args = new ArrayList<>(List.of("calibrate", file.toString(), "--out", out.toString(), "--threads",
                "2", "--no-charts"));
        if (resume) {
            args.add("--resume");
        }
        return CliProcess.start(args.toArray(String[]::new));
    }

    private static boolean waitFor(Predicate<Path> point, Path out, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (point.test(out)) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static long rows(Path runs) {
        try {
            return Files.exists(runs) ? Files.readAllLines(runs).size() - 1L : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
