package org.constellation.experiment.sweep;

import java.util.Locale;
import org.constellation.model.Constellation;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;

/**
 * A rough forecast, made before a sweep starts, of how long its remaining runs may take: a run is
 * tried {@value #TRIALS} times for at most {@value #TRIAL_STEPS} steps (a fresh model each time,
 * thrown away; the fastest trial counts), and the time per step and per model set-up is scaled to
 * every remaining run's steps and divided among the threads. The trials run before Java has
 * compiled the model, so the forecast is high: measured on the Sahel, two to four times the time the
 * runs take once warm. Runs whose factors make them slower or faster than the first are not foreseen;
 * the progress bar's time left, measured on the runs themselves, corrects it. With a counterfactual,
 * each run is counted twice (its counterfactual has the same steps).
 *
 * @param runs runs still to do
 * @param steps their steps in all
 * @param seconds the forecast, in seconds
 */
public record SweepEstimate(long runs, long steps, double seconds) {

    private static final int TRIALS = 3;
    private static final int TRIAL_STEPS = 10;

    /**
     * The pace of a run, from trials of run {@code id}: seconds to set a model up and per step.
     *
     * @param setUp seconds to build and start a model
     * @param perStep seconds per step
     * @param steps steps of a run whose factors do not set them
     */
    public record Pace(double setUp, double perStep, int steps) {
    }

    /** Tries run {@code id} (a fresh model each time, thrown away) and returns the fastest pace seen. */
    public static Pace trial(LoadedExperiment experiment, RunPlan plan, long id) throws ScenarioException {
        RunPlan.Run run = plan.run(id);
        LoadedScenario scenario = experiment.template().instantiate(plan.overrides(run));
        int baseSteps = experiment.spec().steps() > 0 ? experiment.spec().steps() : scenario.scenario().steps();
        int trialSteps = Math.min(baseSteps, TRIAL_STEPS);
        double setUp = Double.MAX_VALUE;
        double perStep = Double.MAX_VALUE;
        for (int t = 0; t < TRIALS; t++) {
            long start = System.nanoTime();
            Constellation model = scenario.scenario().newModel(run.seed());
            model.start();
            long started = System.nanoTime();
            model.run(trialSteps);
            long end = System.nanoTime();
            model.finish();
            setUp = Math.min(setUp, (started - start) / 1e9);
            perStep = Math.min(perStep, (end - started) / 1e9 / trialSteps);
        }
        return new Pace(setUp, perStep, baseSteps);
    }

    /** The forecast for the runs {@code ids[from..]} of a plan at this pace on {@code threads} threads. */
    public static SweepEstimate of(Pace pace, ExperimentSpec spec, RunPlan plan, long[] ids, long from, int threads) {
        long runs = Math.max(0, ids.length - from);
        int models = spec.hasCounterfactual() ? 2 : 1;
        long steps = 0;
        for (long i = from; i < ids.length; i++) {
            double cost = plan.expectedCost(plan.run(ids[(int) i]).point());
            steps += models * (spec.steps() > 0 || cost == 1 ? pace.steps() : (long) cost);
        }
        long parallel = Math.max(1, Math.min(runs, Math.min(threads, Runtime.getRuntime().availableProcessors())));
        return new SweepEstimate(runs, steps, (steps * pace.perStep() + models * runs * pace.setUp()) / parallel);
    }

    /** The forecast in words: "up to about 40 s", "... 3 min", "... 2 h 10 min", "... 4 days". */
    public String duration() {
        long s = Math.round(seconds);
        String amount;
        if (s < 60) {
            amount = Math.max(1, s) + " s";
        } else if (s < 3600) {
            amount = Math.round(s / 60.0) + " min";
        } else if (s < 2 * 86_400) {
            amount = String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        } else {
            amount = String.format(Locale.ROOT, "%.0f days", s / 86_400.0);
        }
        return "up to about " + amount;
    }
}
