package org.constellation.experiment.calibration;

import ec.util.MersenneTwisterFast;
import java.io.IOException;

/**
 * The posterior predictive check: {@code draws} particles drawn from the posterior by weight (with
 * replacement, from the calibration's seed) run again on every base scenario, validation ones included;
 * their statistics are each target's posterior predictive distribution (Gelman et al. 2013, ch. 6).
 *
 * @param draws the index in the posterior of each draw
 * @param statistics the statistics of each draw, one column per target
 */
public record PredictiveCheck(int[] draws, double[][] statistics) {

    static PredictiveCheck run(CalibrationSpec spec, Population posterior, Simulator simulator,
            CalibrationListener listener) throws IOException, CalibrationException {
        MersenneTwisterFast rng = CalibrationSeeds.proposals(spec.seed(), CalibrationSeeds.PREDICTIVE, 0);
        int n = spec.predictive().draws();
        int[] draws = new int[n];
        double[][] working = new double[n][];
        for (int d = 0; d < n; d++) {
            double u = rng.nextDouble();
            double cumulative = 0;
            int pick = posterior.size() - 1;
            for (int i = 0; i < posterior.size(); i++) {
                cumulative += posterior.weights()[i];
                if (u < cumulative) {
                    pick = i;
                    break;
                }
            }
            draws[d] = pick;
            working[d] = posterior.working()[pick];
        }
        Evaluator.Scored s = new Evaluator(spec, simulator, listener).evaluate(CalibrationSeeds.PREDICTIVE, 0, working,
                spec.scenarioNames(), spec.predictive().replicates());
        return new PredictiveCheck(draws, s.statistics());
    }

    /** Column {@code t} of the statistics. */
    public double[] statistic(int t) {
        double[] out = new double[statistics.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = statistics[i][t];
        }
        return out;
    }
}
