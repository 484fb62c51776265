package org.constellation.experiment.calibration;

/**
 * A weighted population of particles: each one's working values (see {@link CalibratedParameter}),
 * the values it applied, its normalised weight, its distance and its target statistics.
 *
 * @param generation the generation it is (0: the prior)
 * @param working working values, one row per particle
 * @param values applied values, one row per particle
 * @param weights normalised weights
 * @param distances distances
 * @param statistics target statistics, one row per particle, one column per target
 */
public record Population(int generation, double[][] working, double[][] values, double[] weights, double[] distances,
        double[][] statistics) {

    /** Number of particles. */
    public int size() {
        return weights.length;
    }

    /** Kish's effective sample size of its weights. */
    public double ess() {
        return Weighted.ess(weights);
    }

    /** The weighted quantile {@code p} of its distances. */
    public double distanceQuantile(double p) {
        return Weighted.quantile(distances, weights, p);
    }

    /** Column {@code d} of its applied values. */
    public double[] column(int d) {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i][d];
        }
        return out;
    }

    /** Column {@code t} of its statistics. */
    public double[] statistic(int t) {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = statistics[i][t];
        }
        return out;
    }
}
