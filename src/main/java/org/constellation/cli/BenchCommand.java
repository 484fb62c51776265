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

/** {@code constellation bench}: sweep throughput, parallel efficiency, memory and step cost. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure runs per second on one thread and on all threads, parallel efficiency, agent-steps per "
                + "second, the heap kept as a sweep grows, and the model's step cost against a bare MASON schedule "
                + "of as many no-op agents. Sweeps are written in full to a scratch folder, then deleted.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "sahel",
            description = "Scenario name or file (default: ${DEFAULT-VALUE}).")
    private String scenario;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
            description = "Runs of the parallel sweep (default: ${DEFAULT-VALUE}).")
    private String runs;

    @Option(names = "--single-runs", paramLabel = "N", defaultValue = "100",
            description = "Runs on one thread (default: ${DEFAULT-VALUE}).")
    private String singleRuns;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "60",
            description = "Unmeasured runs first, for the JIT compiler (default: ${DEFAULT-VALUE}).")
    private String warmUp;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel sweep (default: every core).")
    private String threads;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Arguments.positiveInt("--threads", threads);
        Path file = Scenarios.resolve(scenario);
        Path scratch = Files.createTempDirectory("constellation-bench");
        Benchmark.Result r;
        try {
            r = Benchmark.run(new Benchmark.Settings(file, Arguments.positiveInt("--warm-up", warmUp),
                    Arguments.positiveInt("--single-runs", singleRuns),
                    Arguments.positiveInt("--runs", runs), n, scratch),
                    new ConsoleProgress(spec.commandLine().getErr(), "runs"),
                    phase -> spec.commandLine().getErr().println("bench: " + phase));
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        } catch (SweepException e) {
            throw new UserError(e.getMessage());
        } finally {
            Files.deleteIfExists(scratch);
        }
        out.printf(Locale.ROOT, "scenario            %s (%d agents, %d steps per run)%n", file.getFileName(), r.agents(),
                r.steps());
        out.printf(Locale.ROOT, "machine             %d cores, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576);
        out.printf(Locale.ROOT, "1 thread            %.2f runs/s%n", r.singleRunsPerSecond());
        out.printf(Locale.ROOT, "%d threads           %.2f runs/s (%d runs in %.1f s)%n", n, r.parallelRunsPerSecond(),
                Integer.parseInt(runs), r.parallelSeconds());
        out.printf(Locale.ROOT, "parallel efficiency %.0f%% (speed-up %.2f on %d threads)%n", 100 * r.efficiency(),
                r.efficiency() * n, n);
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
        return 0;
    }
}
