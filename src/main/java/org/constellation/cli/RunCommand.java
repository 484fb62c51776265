package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.constellation.experiment.SingleRun;
import org.constellation.experiment.StagedFolder;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code constellation run [SCENARIO] [--seed N] [--steps N] [--out DIR]}: one run, results and charts. */
@Command(name = "run", description = "Run one scenario with one seed; write time series, summary, manifest and charts.",
        mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A scenario name from scenarios/ or a path to a scenario file (default: ${DEFAULT-VALUE}).",
            defaultValue = ScenarioLibrary.DEFAULT)
    private String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Seed, 0 to 4294967295 (default: the scenario's).")
    private String seed;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps (months) (default: the scenario's).")
    private String steps;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario>-seed<N>).")
    private Path out;

    @Option(names = "--3w", description = "Also write who-does-what-where.csv, the 3W cube of every step.")
    private boolean threeW;

    @Option(names = "--no-charts", description = "Skip the charts.")
    private boolean noCharts;

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
        int runSteps = steps == null ? loaded.scenario().steps() : Arguments.positiveInt("--steps", steps);
        Path folder = out != null ? out
                : Home.path().resolve("results").resolve(loaded.scenario().name() + "-seed" + runSeed);
        Arguments.replaceableResults(folder, "--out");
        Arguments.writableFolder(folder.toAbsolutePath().getParent(), "--out");
        try (StagedFolder staged = StagedFolder.open(folder)) {
            SingleRun.Result result = SingleRun.execute(loaded,
                    new SingleRun.Options(runSeed, runSteps, staged.path(), threeW, Home.path()),
                    new ConsoleProgress(spec.commandLine().getErr(), "steps"));
            int charts = noCharts ? 0 : RunCharts.write(result);
            staged.publish();
            spec.commandLine().getOut().println("Wrote " + describe(result, charts) + " to " + folder);
        }
        return 0;
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
