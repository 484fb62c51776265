package org.constellation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.constellation.data.DataException;
import org.constellation.data.ThreeWMapping;
import org.constellation.data.ThreeWRunStatistics;
import org.constellation.experiment.Progress;
import org.constellation.experiment.Provenance;
import org.constellation.experiment.calibration.Calibration;
import org.constellation.experiment.calibration.CalibrationException;
import org.constellation.experiment.calibration.CalibrationListener;
import org.constellation.experiment.calibration.CalibrationLoader;
import org.constellation.experiment.calibration.CalibrationManifest;
import org.constellation.experiment.calibration.GenerationRecord;
import org.constellation.experiment.calibration.LoadedCalibration;
import org.constellation.experiment.calibration.Target;
import org.constellation.experiment.calibration.ThreeWTarget;
import org.constellation.experiment.sweep.RunStatistics;
import org.constellation.experiment.sweep.Shard;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code constellation calibrate FILE [--threads N] [--resume] [--out DIR] [--shard I/N]}: calibrates
 * parameters against observed patterns by ABC, then charts and reports the posterior.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate parameters against observed patterns (ABC-SMC, or rejection on a Latin hypercube): "
                + "every batch of particles runs as a sweep on all cores; then the posterior predictive check, "
                + "posterior.csv, charts and report. After a crash or kill, --resume carries on. With --shard I/N, "
                + "run part I of every batch, cooperating with the other shards through DIR/shards (see "
                + "docs/CALIBRATION.md).")
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A calibration file, or a name from "
            + "scenarios/calibrations/.")
    private String file;

    @picocli.CommandLine.Mixin
    private ThreadsOption threadsOption;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, new or empty, or a calibration's "
            + "to resume (default: results/<calibration>); never a run's or a sweep's results.")
    private Path out;

    @Option(names = "--resume", description = "Continue the calibration (or shard) already in the output folder; "
            + "starts it if the folder is empty.")
    private boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only part I of N of every batch (1 <= I <= N); "
            + "every shard needs the same --out on a shared filesystem; shard 1 writes the outputs.")
    private String shardText;

    @picocli.CommandLine.Mixin
    private ChartsOption chartsOption;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Shard shard = shard();
        LoadedCalibration calibration = load(file);
        int n = threadsOption.threads();
        Path folder = out != null ? out : Home.path().resolve("results").resolve(calibration.spec().name());
        PrintWriter err = spec.commandLine().getErr();
        Instant started = Instant.now();
        double cpu = cpuSeconds();
        Provenance provenance = Provenance.collect(Home.path());
        Calibration.Outcome outcome;
        try (Listener listener = new Listener(err)) {
            outcome = Calibration.run(calibration, new Calibration.Options(folder, n, resume, shard, Home.path(),
                    ScenarioLibrary.at(Home.path()), listener, Duration.ofSeconds(2), statistics(calibration)));
        } catch (CalibrationException e) {
            throw new UserError(e.getMessage());
        }
        Instant ended = Instant.now();
        double cpuUsed = cpuSeconds() - cpu;
        PrintWriter o = spec.commandLine().getOut();
        if (outcome.outputs().isEmpty()) {
            o.printf("shard %s of calibration %s done (%d runs now); shard 1 writes the outputs into %s%n", shard,
                    calibration.spec().name(), outcome.executed(), folder);
            return 0;
        }
        List<String> outputs = new ArrayList<>(outcome.outputs());
        outputs.addAll(chartsOption.charts() ? List.of("charts/", CalibrationReport.FILE)
                : List.of(CalibrationReport.FILE));
        CalibrationManifest.write(folder, calibration, outcome, new CalibrationManifest.Session(started, ended, n, shard,
                cpuUsed),
                outputs, provenance);
        int charts = chartsOption.charts() ? CalibrationCharts.write(folder, calibration.spec()) : 0;
        CalibrationReport.write(folder, calibration.spec());
        double seconds = Duration.between(started, ended).toMillis() / 1000.0;
        o.printf(Locale.ROOT, "calibration %s: %d generations, posterior of %d particles (%s); %d runs now in %.1f s, "
                + "%s CPU per run, in %s: %s (%d charts)%n", calibration.spec().name(),
                outcome.result().generations().size(), outcome.result().posterior().size(), outcome.result().stop(),
                outcome.executed(), seconds, outcome.executed() == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f ms",
                        1000 * cpuUsed / outcome.executed()), folder, String.join(", ", outputs), charts);
        return 0;
    }

    /** The run statistics of the calibration's compare-3w targets, computed by the 3W comparison. */
    static RunStatistics statistics(LoadedCalibration calibration) {
        List<ThreeWRunStatistics.Definition> definitions = new ArrayList<>();
        for (Target t : calibration.spec().targets()) {
            if (t instanceof ThreeWTarget w) {
                definitions.add(new ThreeWRunStatistics.Definition(w.name(), w.statistic(),
                        CalibrationLoader.table(calibration.file(), w), w.country(), w.from(), w.to()));
            }
        }
        if (definitions.isEmpty()) {
            return RunStatistics.NONE;
        }
        try {
            return new ThreeWRunStatistics(definitions, ThreeWMapping.builtIn());
        } catch (DataException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
    }

    /** CPU time this process has used, in seconds. */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private Shard shard() {
        return Arguments.shard(shardText);
    }

    /** Loads a calibration by path or by name from scenarios/calibrations/. */
    static LoadedCalibration load(String nameOrPath) {
        Path direct = Path.of(nameOrPath);
        Path folder = Home.path().resolve("scenarios").resolve("calibrations");
        Path named = folder.resolve(nameOrPath.endsWith(".yaml") ? nameOrPath : nameOrPath + ".yaml");
        Path path = Files.isRegularFile(direct) ? direct : named;
        if (!Files.isRegularFile(path)) {
            throw new UserError("Unknown calibration '" + nameOrPath + "': no such file, and none of that name in "
                    + folder);
        }
        try {
            return CalibrationLoader.load(path, ScenarioLibrary.at(Home.path()));
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
    }

    /** Prints each batch, each generation and what a shard waits for. */
    private static final class Listener implements CalibrationListener, AutoCloseable {
        private final PrintWriter err;
        private RunProgress progress;

        Listener(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void batch(String name, int particles, long runs) {
            err.printf("batch %s: %d particles, %d runs%n", name, particles, runs);
        }

        @Override
        public void generation(GenerationRecord r) {
            err.printf(Locale.ROOT, "generation %d: tolerance %s, %d of %d proposals within it (%.0f%%), ESS %.0f%s%n",
                    r.generation(), Double.isInfinite(r.tolerance()) ? "none" : String.format(Locale.ROOT, "%.4g",
                            r.tolerance()), r.accepted(), r.proposed(), 100 * r.acceptanceRate(), r.ess(),
                    r.complete() ? "" : " (incomplete: budget spent)");
        }

        @Override
        public void waiting(String message) {
            err.println(message);
        }

        @Override
        public Progress runs() {
            close();
            progress = RunProgress.of(err, "batch", "runs");
            return progress;
        }

        /** Ends the progress bar of the last batch, if it is still drawn (the batch stopped early). */
        @Override
        public void close() {
            if (progress != null) {
                progress.close();
            }
        }
    }
}
