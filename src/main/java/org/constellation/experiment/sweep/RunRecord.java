package org.constellation.experiment.sweep;

import java.util.List;

/**
 * What one run of an experiment produced.
 *
 * @param run which run
 * @param labels the point's factor values as written in the outputs
 * @param finals each metric's final value (standard metric order)
 * @param means each metric's mean over the run
 * @param steps the observed steps (empty unless the time series is kept)
 * @param series per observed step, the kept metrics' values
 * @param statistics the kept run statistics, in the experiment's order
 * @param counterfactual the same run under the experiment's counterfactual (no time series), or null
 */
public record RunRecord(RunPlan.Run run, List<Object> labels, double[] finals, double[] means, int[] steps,
        double[][] series, double[] statistics, RunRecord counterfactual) {

    /** This record with its counterfactual run. */
    RunRecord with(RunRecord paired) {
        return new RunRecord(run, labels, finals, means, steps, series, statistics, paired);
    }
}
