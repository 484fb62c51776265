package org.constellation.experiment.calibration;

import java.util.List;

/** Turns a particle's target statistics into discrepancies and a distance over the fit targets. */
final class Scoring {

    private final List<Target> targets;
    private final Distance distance;
    private final int[] fit;
    private final double[] weights;

    Scoring(CalibrationSpec spec) {
        this.targets = spec.targets();
        this.distance = spec.distance();
        this.fit = java.util.stream.IntStream.range(0, targets.size()).filter(t -> targets.get(t).fit()).toArray();
        this.weights = new double[fit.length];
        for (int k = 0; k < fit.length; k++) {
            weights[k] = targets.get(fit[k]).weight();
        }
    }

    /** The distance of a particle from its statistics (one per target). */
    double distance(double[] statistics) {
        double[] d = new double[fit.length];
        for (int k = 0; k < fit.length; k++) {
            d[k] = targets.get(fit[k]).discrepancy(statistics[fit[k]]);
        }
        return distance.of(d, weights);
    }
}
