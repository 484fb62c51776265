package org.constellation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.constellation.experiment.sweep.ExperimentLoader;
import org.constellation.experiment.sweep.LoadedExperiment;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;

/**
 * Experiment files: checked as {@code sweep} checks them before its first run (schema, factors, design,
 * the base scenario, every factor's extremes or values and the counterfactual's overrides tried on it), then
 * the design is drawn to count its runs. Nothing runs.
 */
final class ExperimentKind {

    static final FileKind KIND = new FileKind("experiment", "experiments", Set.of("scenario", "design", "factors",
            "replications", "claim", "finding", "timeseries", "metrics", "counterfactual"), ExperimentKind::check);

    private ExperimentKind() {
    }

    private static String check(Path file, List<String> overrides) throws ScenarioException {
        if (!overrides.isEmpty()) {
            throw new ScenarioException(List.of(file + ": --set changes a scenario; an experiment's overrides of its "
                    + "base scenario go in its 'set:' list"));
        }
        LoadedExperiment e = ExperimentLoader.load(file, ScenarioLibrary.at(Home.path()));
        RunPlan plan;
        try {
            plan = new RunPlan(e.spec());
        } catch (IllegalArgumentException bad) {
            throw new ScenarioException(List.of(file + ": design: " + bad.getMessage()));
        }
        int factors = e.spec().factors().size();
        Path home = Home.path().toAbsolutePath().normalize();
        Path base = e.scenarioFile().toAbsolutePath().normalize();
        return "experiment, design " + e.spec().design() + ", " + plural(factors, "factor") + ", "
                + plural(plan.points(), "point") + " x " + plural(e.spec().replications(), "replicate") + " = "
                + plural(plan.runs(), "run") + " of " + (base.startsWith(home) ? home.relativize(base) : base)
                + (e.spec().hasCounterfactual()
                        ? ", each paired with its counterfactual '" + e.spec().counterfactual().name() + "'" : "");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
