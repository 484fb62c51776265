package org.constellation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.constellation.experiment.bench.Benchmark;
import org.constellation.experiment.sweep.SweepException;
import org.constellation.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code constellation bench}: sweep throughput, parallel efficiency, memory and step cost; or, with --scaling, growth. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure runs per second on one thread and on all threads, parallel efficiency, agent-steps "
                + "per second, the heap kept as a sweep grows, and the model's step cost against a bare MASON schedule "
                + "of as many no-op agents. Sweeps are written in full to a scratch folder, then deleted. The defaults "
                + "make 1,220 runs of the Sahel (60 warm-up and 100 measured on 1 thread, then 60 warm-up and 1,000 "
                + "measured on every core): 1-3 minutes on 2 cores.",
            "With --scaling: how the cost of a run grows with the constellation's size, on generated "
                + "constellations (actors, districts each works in, districts, groups, and the continent); prints "
                + "ms per run and each series' log-log slope, and writes scaling.csv, a chart and the scenarios to "
                + "--out. About 1-3 minutes."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "sahel",
            description = "Scenario name or file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
            description = "Measured runs on all threads (default: ${DEFAULT-VALUE}).")
    private String runs;

    @Option(names = "--single-runs", paramLabel = "N", defaultValue = "100",
            description = "Measured runs on one thread (default: ${DEFAULT-VALUE}).")
    private String singleRuns;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "60",
            description = "Unmeasured runs before each measured phase, for the JIT compiler (default: ${DEFAULT-VALUE}).")
    private String warmUp;

    @picocli.CommandLine.Mixin
    private ThreadsOption threadsOption;

    @Option(names = "--scaling", description = "Measure how cost grows with size instead (see above).")
    private boolean scaling;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "With --scaling: rounds of measurement; the median is kept (default: ${DEFAULT-VALUE}).")
    private String rounds;

    @Option(names = "--series", paramLabel = "NAME", split = ",",
            description = "With --scaling: only these series (actors, presence, districts, groups, continent; "
                    + "default: all).")
    private java.util.List<String> series = new java.util.ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "With --scaling: output folder (default: results/bench-scaling).")
    private Path out;

    @Option(names = "--in-process", description = "With --scaling: run every point in this JVM, their code compiled "
            + "for all sizes, instead of each point in a JVM of its own as a sweep's worker runs one scenario.")
    private boolean inProcess;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (scaling) {
            return ScalingBench.run(spec, Arguments.positiveInt("--rounds", rounds), series, out, !inProcess);
        }
        if (out != null) {
            throw new UserError("--out is for --scaling; bench alone writes nothing that it keeps");
        }
        PrintWriter err = spec.commandLine().getErr();
        int n = threadsOption.threads();
        Benchmark.Settings settings = new Benchmark.Settings(Scenarios.resolve(scenario),
                Arguments.positiveInt("--warm-up", warmUp), Arguments.positiveInt("--single-runs", singleRuns),
                Arguments.positiveInt("--runs", runs), n, Files.createTempDirectory("constellation-bench"));
        err.println(plan(settings));
        Benchmark.Result r;
        try {
            r = Benchmark.run(settings, unit -> new ConsoleProgress(err, unit), phase -> err.println("bench: " + phase));
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        } catch (SweepException e) {
            throw new UserError(e.getMessage());
        } finally {
            Files.deleteIfExists(settings.scratch());
        }
        print(spec.commandLine().getOut(), settings, r);
        return 0;
    }

    private static String plan(Benchmark.Settings s) {
        String parallel = String.format(Locale.ROOT, "%,d warm-up + %,d measured runs on %s", s.warmUpRuns(),
                s.parallelRuns(), Benchmark.threads(s.threads()));
        String single = String.format(Locale.ROOT, "%,d warm-up + %,d measured runs on 1 thread, then ", s.warmUpRuns(),
                s.singleRuns());
        return String.format(Locale.ROOT, "bench: %s: %s%s (%,d runs in all)", s.scenario().getFileName(),
                s.twoPhases() ? single : "", parallel, s.totalRuns());
    }

    private static void print(PrintWriter out, Benchmark.Settings s, Benchmark.Result r) {
        int n = s.threads();
        out.printf(Locale.ROOT, "scenario            %s (%d agents, %d steps per run)%n", s.scenario().getFileName(),
                r.agents(), r.steps());
        out.printf(Locale.ROOT, "machine             %d cores, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576);
        if (s.twoPhases()) {
            out.printf(Locale.ROOT, "1 thread            %.2f runs/s (%d runs in %.1f s)%n", r.singleRunsPerSecond(),
                    s.singleRuns(), s.singleRuns() / r.singleRunsPerSecond());
        }
        out.printf(Locale.ROOT, "%-19s %.2f runs/s (%d runs in %.1f s)%n", Benchmark.threads(n),
                r.parallelRunsPerSecond(), s.parallelRuns(), r.parallelSeconds());
        if (s.twoPhases()) {
            out.printf(Locale.ROOT, "parallel efficiency %.0f%% (speed-up %.2f on %d threads)%n", 100 * r.efficiency(),
                    r.efficiency() * n, n);
        }
        out.printf(Locale.ROOT, "agent-steps/s       %.3g on 1 thread%n", r.agentStepsPerSecond());
        out.printf(Locale.ROOT, "step cost           %.0f ns per agent-step; bare MASON no-op agent %.1f ns (ratio %.0f)%n",
                r.modelNanosPerAgentStep(), r.bareNanosPerAgentStep(),
                r.modelNanosPerAgentStep() / r.bareNanosPerAgentStep());
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < r.checkpoints().size(); i++) {
            kept.append(String.format(Locale.ROOT, "%s%.0f MiB after %d runs", i == 0 ? "" : ", ",
                    r.retainedMegabytes().get(i), r.checkpoints().get(i)));
        }
        out.printf(Locale.ROOT, "heap kept after GC  %s%n", kept);
        out.printf(Locale.ROOT, "peak heap           %.0f MiB%n", r.peakHeapMegabytes());
    }
}
