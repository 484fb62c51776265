package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.constellation.experiment.OutputFolder;
import org.constellation.experiment.SingleRun;
import org.constellation.experiment.StagedFolder;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLibrary;
import org.constellation.scenario.ScenarioMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code constellation run [SCENARIO] [--seed N] [--steps N] [--out DIR] [--replace]}: one run, results and charts. */
@Command(name = "run", description = "Run one scenario with one seed; write time series, summary, manifest and charts.",
        mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A scenario name from scenarios/, a path to a scenario file, or a run folder (or its "
                    + "manifest.json), which repeats that run (default: ${DEFAULT-VALUE}).",
            defaultValue = ScenarioLibrary.DEFAULT)
    private String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Seed, 0 to 4294967295 (default: the scenario's).")
    private String seed;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps (months), 1 to "
            + ScenarioMapper.MAX_STEPS + " (default: the scenario's).")
    private String steps;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario>-seed<N>).")
    private Path out;

    @Option(names = "--3w", description = "Also write who-does-what-where.csv, the 3W cube of every step.")
    private boolean threeW;

    @Option(names = "--compare-3w", paramLabel = "OBSERVED.csv", description = "Also write the 3W cube and compare it "
            + "with an observed 3W table (as compare-3w does, into compare-3w/).")
    private Path observed;

    @Option(names = "--no-charts", description = "Skip the charts.")
    private boolean noCharts;

    @Option(names = "--replace", description = "Replace the earlier run in --out (a folder holding anything else is "
            + "never replaced; the default folder results/<scenario>-seed<N> is replaced without asking).")
    private boolean replace;

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
            description = "Override any scenario value, e.g. --set parameters.effects.saturation=4 or "
                    + "--set actors[0].capacity=20 (repeatable; validated like the file).")
    private java.util.List<String> overrides = new java.util.ArrayList<>();

    @Option(names = "--parameters", paramLabel = "POSTERIOR", description = "Run with calibrated values: a "
            + "calibration's posterior.csv, whose weighted median of each key is applied before any --set.")
    private Path posterior;

    @Option(names = "--particle", paramLabel = "N", description = "With --parameters: the values of particle N "
            + "(a joint draw from the posterior) instead of the medians.")
    private String particle;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadedScenario loaded = Scenarios.load(scenario, CalibratedValues.overrides(posterior, particle, overrides));
        long runSeed = seed == null ? loaded.scenario().seed() : Arguments.seed(seed);
        int runSteps = steps == null ? loaded.scenario().steps() : Arguments.steps(steps);
        Path folder = out != null ? out
                : Home.path().resolve("results").resolve(loaded.scenario().name() + "-seed" + runSeed);
        if (observed != null && !java.nio.file.Files.isRegularFile(observed)) {
            throw new UserError("--compare-3w " + observed + ": no such file");
        }
        OutputFolder earlier = Outputs.forRun(folder, replace || out == null);
        try (StagedFolder staged = Outputs.stage(folder)) {
            SingleRun.Result result = SingleRun.execute(loaded,
                    new SingleRun.Options(runSeed, runSteps, staged.path(), threeW || observed != null, Home.path()),
                    RunProgress.of(spec.commandLine().getErr(), "run", "steps"));
            int charts = noCharts ? 0 : RunCharts.write(result, loaded.scenario());
            if (observed != null) {
                compare(staged.path(), folder);
            }
            staged.publish(earlier.own());
            spec.commandLine().getOut().println("Wrote " + describe(result, charts) + " to " + folder);
        }
        return 0;
    }

    /** Compares the run's 3W (in the staged folder) with the observed one, into its compare-3w/. */
    private void compare(Path staged, Path folder) throws IOException {
        Path threeWFile = staged.resolve(Compare3wCommand.THREE_W);
        Compare3wCommand.write(Compare3wCommand.compare(observed, threeWFile, null, Compare3wCommand.window(null)),
                staged.resolve(Compare3wCommand.FOLDER), folder.resolve(Compare3wCommand.FOLDER),
                spec.commandLine().getOut());
    }

    private static String describe(SingleRun.Result result, int charts) {
        StringBuilder b = new StringBuilder();
        for (Path p : result.files()) {
            b.append(b.length() == 0 ? "" : ", ").append(p.getFileName());
        }
        if (charts > 0) {
            b.append(", charts/ (").append(charts).append(" charts, PNG and SVG)");
        }
        return b.toString();
    }
}
