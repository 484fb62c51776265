package org.constellation.experiment.sweep;

import java.util.List;
import java.util.Map;

/**
 * A validated experiment: the base scenario and its overrides, the factors, the design, and how many
 * runs of how many steps.
 *
 * @param name short name
 * @param title one-line title
 * @param description what it asks
 * @param claim the directional claim it tests
 * @param finding what the result shows
 * @param scenario the base scenario reference (as written)
 * @param set overrides of the base scenario
 * @param factors what varies
 * @param design design type
 * @param designSettings design settings (levels, samples, skip, trajectories, grid_levels)
 * @param points explicit design points
 * @param replications runs per point
 * @param seed base seed
 * @param steps steps per run, or 0 for the scenario's
 * @param metrics metrics kept per step
 * @param timeseries whether to write the per-step time series
 * @param counterfactual the counterfactual every run is paired with, or null for none
 * @param independentSeeds whether every run has a seed of its own rather than one per replicate (common random
 *        numbers)
 * @param posterior a calibration's posterior.csv, as written (empty for none)
 * @param draws with a posterior: the overrides of each replicate, from the particle drawn for it (empty when the
 *        experiment was read without its posterior, to analyse a finished sweep)
 * @param statistics run statistics kept per run as extra columns of runs.csv ({@link RunStatistics}; empty for none)
 */
public record ExperimentSpec(String name, String title, String description, String claim, String finding,
        String scenario, List<String> set, List<FactorSpec> factors, String design, Map<String, Long> designSettings,
        List<Map<String, Object>> points, int replications, long seed, int steps, List<String> metrics,
        boolean timeseries, CounterfactualSpec counterfactual, boolean independentSeeds, String posterior,
        List<List<String>> draws, List<String> statistics) {

    public ExperimentSpec {
        set = List.copyOf(set);
        factors = List.copyOf(factors);
        designSettings = Map.copyOf(designSettings);
        points = List.copyOf(points);
        metrics = List.copyOf(metrics);
        draws = draws.stream().map(List::copyOf).toList();
        statistics = List.copyOf(statistics);
    }

    /** The same experiment with the overrides drawn from its posterior for each replicate. */
    public ExperimentSpec withDraws(List<List<String>> replicateOverrides) {
        return new ExperimentSpec(name, title, description, claim, finding, scenario, set, factors, design,
                designSettings, points, replications, seed, steps, metrics, timeseries, counterfactual, independentSeeds,
                posterior, replicateOverrides, statistics);
    }

    /**
     * Whether another version of the experiment has the same runs: everything but the prose (title,
     * description, claim, finding) is equal, so its results are this one's.
     */
    public boolean sameRuns(ExperimentSpec o) {
        return name.equals(o.name) && scenario.equals(o.scenario) && set.equals(o.set) && factors.equals(o.factors)
                && design.equals(o.design) && designSettings.equals(o.designSettings) && points.equals(o.points)
                && replications == o.replications && seed == o.seed && steps == o.steps && metrics.equals(o.metrics)
                && timeseries == o.timeseries && sameCounterfactual(o.counterfactual)
                && independentSeeds == o.independentSeeds && posterior.equals(o.posterior)
                && statistics.equals(o.statistics);
    }

    private boolean sameCounterfactual(CounterfactualSpec other) {
        return counterfactual == null || other == null ? counterfactual == other : counterfactual.sameRuns(other);
    }

    /** Whether every run is paired with a counterfactual run. */
    public boolean hasCounterfactual() {
        return counterfactual != null;
    }

    /** A design setting. */
    public int setting(String key) {
        return Math.toIntExact(designSettings.get(key));
    }
}
