package org.constellation.experiment.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.constellation.experiment.Progress;
import org.constellation.experiment.sweep.ExperimentLoader;
import org.constellation.experiment.sweep.LoadedExperiment;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.experiment.sweep.Shard;
import org.constellation.experiment.sweep.Sweep;
import org.constellation.experiment.sweep.SweepException;
import org.constellation.model.Constellation;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;

/**
 * Measures a scenario's sweep throughput the way researchers use it: replicate sweeps written to a
 * scratch folder with every output, on one thread and on several; the heap kept after garbage
 * collection as the sweep grows; and the step cost per agent against a bare MASON schedule of as
 * many no-op agents. Each measured phase comes after the same warm-up (the same number of unmeasured
 * runs on the same threads), so that neither is measured while the JIT compiler is still at work;
 * with one thread there is one phase only, and no parallel efficiency.
 */
public final class Benchmark {

    /**
     * What to measure.
     *
     * @param scenario the scenario file
     * @param warmUpRuns runs first, unmeasured, so that the JIT compiler has done its work
     * @param singleRuns runs on one thread
     * @param parallelRuns runs on all threads
     * @param threads threads of the parallel sweep
     * @param scratch a folder for the sweeps' files (deleted after)
     */
    public record Settings(Path scenario, int warmUpRuns, int singleRuns, int parallelRuns, int threads, Path scratch) {

        /** True if there is a separate one-thread phase (more than one thread for the sweep). */
        public boolean twoPhases() {
            return threads > 1;
        }

        /** Runs in all, warm-up included. */
        public long totalRuns() {
            return twoPhases() ? 2L * warmUpRuns + singleRuns + parallelRuns : (long) warmUpRuns + parallelRuns;
        }
    }

    /**
     * The figures.
     *
     * @param agents scheduled agents (actors, armed groups, district populations)
     * @param steps steps per run
     * @param singleRunsPerSecond runs per second on one thread
     * @param parallelRunsPerSecond runs per second on {@code threads} threads (with one thread, the same
     *     as {@code singleRunsPerSecond})
     * @param parallelSeconds wall time of the parallel sweep
     * @param efficiency parallel efficiency: speed-up divided by threads (NaN with one thread)
     * @param agentStepsPerSecond agent-steps per second on one thread
     * @param modelNanosPerAgentStep the model's cost of one agent-step (one thread, metrics and output included)
     * @param bareNanosPerAgentStep a no-op MASON agent's cost of one step
     * @param retainedMegabytes heap kept after garbage collection at each checkpoint of the parallel sweep
     * @param checkpoints runs done at each checkpoint
     * @param peakHeapMegabytes peak heap use over the whole benchmark
     */
    public record Result(int agents, int steps, double singleRunsPerSecond, double parallelRunsPerSecond,
            double parallelSeconds, double efficiency, double agentStepsPerSecond, double modelNanosPerAgentStep,
            double bareNanosPerAgentStep, List<Double> retainedMegabytes, List<Long> checkpoints,
            double peakHeapMegabytes) {
    }

    private Benchmark() {
    }

    /**
     * Runs the benchmark. {@code phase} is told what is being done, and {@code progress} gives the
     * progress display of each phase (warm-up or measured), created when the phase starts: its rate is
     * the phase's runs per second, the quantity reported.
     */
    public static Result run(Settings s, Function<String, Progress> progress, Consumer<String> phase)
            throws IOException, ScenarioException, SweepException {
        LoadedScenario scenario = org.constellation.scenario.ScenarioLoader.load(s.scenario());
        Constellation probe = scenario.scenario().newModel(1);
        probe.start();
        int agents = probe.actors().size() + probe.groups().size() + probe.region().size();
        int steps = scenario.scenario().steps();
        resetPeaks();
        double single = Double.NaN;
        if (s.twoPhases()) {
            double perRun = warmUp(s, 1, progress, phase) / s.warmUpRuns();
            phase.accept(expected(perRun * (s.singleRuns() + (s.warmUpRuns() + s.parallelRuns()) / (double) s.threads())));
            phase.accept("1 thread: " + s.singleRuns() + " measured runs");
            single = sweep(s, "single", s.singleRuns(), 1, progress.apply("runs on 1 thread"), null);
            warmUp(s, s.threads(), progress, phase);
        } else {
            double perRun = warmUp(s, 1, progress, phase) / s.warmUpRuns();
            phase.accept(expected(perRun * s.parallelRuns()));
        }
        phase.accept(Benchmark.threads(s.threads()) + ": " + s.parallelRuns() + " measured runs");
        List<Long> checkpoints = new ArrayList<>();
        for (long c : new long[] {s.parallelRuns() / 10, s.parallelRuns() / 2, s.parallelRuns()}) {
            if (c > 0 && !checkpoints.contains(c)) {
                checkpoints.add(c);
            }
        }
        List<Double> retained = new ArrayList<>();
        double parallelSeconds = sweep(s, "parallel", s.parallelRuns(), s.threads(),
                progress.apply("runs on " + Benchmark.threads(s.threads())), new Checkpoints(checkpoints, retained));
        double peak = peakHeapMegabytes();
        phase.accept("bare MASON schedule of " + agents + " no-op agents");
        double bare = BareMason.nanosPerAgentStep(agents, steps, 1_000_000_000L);
        double parallelRate = s.parallelRuns() / parallelSeconds;
        double singleRate = s.twoPhases() ? s.singleRuns() / single : parallelRate;
        double modelNanos = 1e9 / (singleRate * steps * agents);
        return new Result(agents, steps, singleRate, parallelRate, parallelSeconds,
                s.twoPhases() ? parallelRate / singleRate / s.threads() : Double.NaN, singleRate * steps * agents,
                modelNanos, bare, retained, checkpoints, peak);
    }

    /** "1 thread", "2 threads". */
    public static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }

    /** Runs the warm-up on some threads; returns its wall time in seconds. */
    private static double warmUp(Settings s, int threads, Function<String, Progress> progress, Consumer<String> phase)
            throws IOException, ScenarioException, SweepException {
        phase.accept(threads(threads) + ": " + s.warmUpRuns() + " warm-up runs (not measured)");
        return sweep(s, "warm-up", s.warmUpRuns(), threads, progress.apply("warm-up runs on " + threads(threads)),
                null);
    }

    private static String expected(double seconds) {
        return String.format(java.util.Locale.ROOT, "expected: about %s more, at the warm-up's pace (a little less "
                + "once the JIT has finished)", seconds < 90 ? Math.round(seconds) + " s"
                : String.format(java.util.Locale.ROOT, "%.1f minutes", seconds / 60));
    }

    /** Runs a replicate sweep; returns its wall time in seconds. */
    private static double sweep(Settings s, String name, int runs, int threads, Progress progress,
            Checkpoints checkpoints) throws IOException, ScenarioException, SweepException {
        Path dir = s.scratch().resolve(name);
        Path file = s.scratch().resolve(name + ".yaml");
        Files.createDirectories(s.scratch());
        Files.writeString(file, "name: bench-" + name + "\nscenario: " + s.scenario().toAbsolutePath()
                + "\nreplications: " + runs + "\nseed: 1\ndesign:\n  type: grid\n");
        LoadedExperiment e = ExperimentLoader.load(file, ScenarioLibrary.at(Path.of(".")));
        RunPlan plan = new RunPlan(e.spec());
        Progress shown = checkpoints == null ? progress : (done, total) -> {
            progress.update(done, total);
            checkpoints.update(done);
        };
        long t0 = System.nanoTime();
        try {
            Sweep.run(e, plan, new Sweep.Options(dir, threads, false, Shard.ALL, shown));
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            delete(dir);
            Files.delete(file);
        }
    }

    /** Records the heap kept after a full collection when the sweep reaches each checkpoint. */
    private record Checkpoints(List<Long> at, List<Double> retained) {
        void update(long done) {
            if (at.contains(done)) {
                retained.add(HeapInUse.afterCollection());
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static double peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }

    /**
     * Deletes a sweep's folder, if it made one, so that a failed run leaves the scratch folder empty and its own
     * error is the one reported.
     */
    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
