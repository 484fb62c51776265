package org.constellation.experiment.calibration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated calibration: base scenarios, parameters with priors, targets, distance, method and
 * posterior predictive check.
 *
 * @param name short name (the output folder)
 * @param title one-line title
 * @param description what it calibrates and why
 * @param sources reports and sections the patterns come from
 * @param data real data the observed values come from (file and citation)
 * @param seed base seed
 * @param scenarios the base scenarios
 * @param parameters the calibrated parameters
 * @param targets the targets
 * @param distance how discrepancies combine
 * @param method how particles are sampled
 * @param predictive the posterior predictive check
 */
public record CalibrationSpec(String name, String title, String description, List<String> sources, List<String> data,
        long seed, List<BaseScenario> scenarios, List<CalibratedParameter> parameters, List<Target> targets,
        Distance distance, Method method, Predictive predictive) {

    public CalibrationSpec {
        sources = List.copyOf(sources);
        data = List.copyOf(data);
        scenarios = List.copyOf(scenarios);
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
    }

    /**
     * Whether another version of the calibration runs the same simulations and scores them the same:
     * everything but the prose (title, description, sources, data, targets' sources) is equal.
     */
    public boolean sameRuns(CalibrationSpec o) {
        return name.equals(o.name) && seed == o.seed && scenarios.equals(o.scenarios)
                && parameters.equals(o.parameters) && scored(targets).equals(scored(o.targets))
                && distance == o.distance && method.equals(o.method) && predictive.equals(o.predictive);
    }

    private static List<Object> scored(List<Target> targets) {
        List<Object> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(List.of(t.name(), t.kind(), t.fit(), t.quantities(), t.observed(), t.scale(), t.weight()));
        }
        return out;
    }

    /** The targets that enter the distance. */
    public List<Target> fitTargets() {
        return targets.stream().filter(Target::fit).toList();
    }

    /** The base scenarios the fit targets need, in file order (those the later ABC-SMC generations run). */
    public List<String> fitScenarios() {
        Set<String> needed = new LinkedHashSet<>();
        fitTargets().forEach(t -> t.quantities().forEach(q -> needed.add(q.scenario())));
        return scenarios.stream().map(BaseScenario::name).filter(needed::contains).toList();
    }

    /** Every base scenario's name, in file order. */
    public List<String> scenarioNames() {
        return scenarios.stream().map(BaseScenario::name).toList();
    }

    /** A base scenario by name. */
    public BaseScenario scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no base scenario " + name));
    }
}
