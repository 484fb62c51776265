package org.constellation.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.FutureTask;
import org.constellation.metrics.Metric;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.metrics.RowSink;
import org.constellation.model.Constellation;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;

/**
 * Runs single runs of an experiment, headless, on any thread, each with its counterfactual if the
 * experiment has one. The scenario of a design point (and of its counterfactual) is made once from the
 * base scenario and shared by that point's replicates (unless each replicate draws its own particle from a
 * posterior); old points are dropped as the
 * sweep moves on, so memory does not grow with the number of runs.
 */
final class RunExecutor {

    private final LoadedExperiment experiment;
    private final RunPlan plan;
    private final List<String> names = Metrics.names();
    private final int[] kept;
    private final ConcurrentMap<Long, FutureTask<LoadedScenario>> scenarios = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, FutureTask<LoadedScenario>> counterfactuals = new ConcurrentHashMap<>();

    RunExecutor(LoadedExperiment experiment, RunPlan plan) {
        this.experiment = experiment;
        this.plan = plan;
        List<String> metrics = experiment.spec().metrics();
        kept = metrics.stream().mapToInt(names::indexOf).toArray();
    }

    /** Executes one run, and its counterfactual if the experiment has one (same seed). */
    RunRecord execute(RunPlan.Run run) throws Exception {
        RunRecord factual = execute(run, scenario(scenarios, run, plan.overrides(run)),
                experiment.spec().timeseries());
        if (!experiment.spec().hasCounterfactual()) {
            return factual;
        }
        return factual.with(execute(run, scenario(counterfactuals, run, plan.counterfactualOverrides(run)), false));
    }

    private RunRecord execute(RunPlan.Run run, LoadedScenario scenario, boolean series) {
        int steps = experiment.spec().steps() > 0 ? experiment.spec().steps() : scenario.scenario().steps();
        Constellation model = scenario.scenario().newModel(run.seed());
        model.start();
        List<Metric> metrics = Metrics.standard();
        Collector collector = new Collector(metrics.size(), kept, series);
        MetricsObserver.attach(model, metrics, collector);
        RunStatistics.Recorder recorder = experiment.statistics().observe(model, steps);
        model.run(steps);
        model.finish();
        return collector.record(run, plan.labels(run.point()), values(recorder));
    }

    /** The kept statistics of a finished run, in the experiment's order. */
    private double[] values(RunStatistics.Recorder recorder) {
        java.util.Map<String, Double> all = recorder.values();
        return experiment.spec().statistics().stream().mapToDouble(n -> all.getOrDefault(n, Double.NaN)).toArray();
    }

    /** Forgets the scenarios of points before {@code point}. */
    void forgetBefore(int point) {
        long first = plan.drawsPerReplicate() ? (long) point * experiment.spec().replications() : point;
        scenarios.keySet().removeIf(k -> k < first);
        counterfactuals.keySet().removeIf(k -> k < first);
    }

    /**
     * The run's scenario (or its counterfactual's): its point's, shared by the point's replicates unless each
     * draws its own posterior particle.
     */
    private LoadedScenario scenario(ConcurrentMap<Long, FutureTask<LoadedScenario>> cache, RunPlan.Run run,
            List<String> overrides) throws Exception {
        long key = plan.drawsPerReplicate() ? run.id() : run.point();
        FutureTask<LoadedScenario> task = new FutureTask<>(() -> experiment.template().instantiate(overrides));
        FutureTask<LoadedScenario> existing = cache.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return existing.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ScenarioException s) {
                throw s;
            }
            throw e;
        }
    }

    /** Collects a run's metric rows into finals, means and (optionally) the kept time series. */
    private static final class Collector implements RowSink {
        private final double[] sums;
        private double[] last;
        private int count;
        private final int[] kept;
        private final boolean series;
        private final List<Integer> steps = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();

        Collector(int metrics, int[] kept, boolean series) {
            this.sums = new double[metrics];
            this.last = new double[metrics];
            this.kept = kept;
            this.series = series;
        }

        @Override
        public void accept(int step, double[] values) {
            for (int i = 0; i < values.length; i++) {
                sums[i] += values[i];
            }
            last = values.clone();
            count++;
            if (series) {
                double[] row = new double[kept.length];
                for (int k = 0; k < kept.length; k++) {
                    row[k] = values[kept[k]];
                }
                steps.add(step);
                rows.add(row);
            }
        }

        RunRecord record(RunPlan.Run run, List<Object> labels, double[] statistics) {
            double[] means = new double[sums.length];
            for (int i = 0; i < sums.length; i++) {
                means[i] = count == 0 ? Double.NaN : sums[i] / count;
            }
            return new RunRecord(run, labels, last, means, steps.stream().mapToInt(Integer::intValue).toArray(),
                    rows.toArray(double[][]::new), statistics, null);
        }
    }

}
