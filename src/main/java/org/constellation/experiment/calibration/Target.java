package org.constellation.experiment.calibration;

import java.util.List;
import java.util.function.Function;

/**
 * A pattern the model should reproduce: a summary statistic of a particle's runs, its observed
 * value, and a scale that turns their difference into a unitless discrepancy (0 when the pattern is
 * met). A particle's distance combines the discrepancies of the fit targets ({@link Distance});
 * validation targets are only predicted (prior and posterior predictive), never fitted.
 */
public sealed interface Target permits ObservedValueTarget, OrderingTarget {

    /** Its name (a column of particles.csv). */
    String name();

    /** Its kind, as written in calibration files. */
    TargetKind kind();

    /** Whether it enters the distance (fit) or is only predicted (validation). */
    boolean fit();

    /** The scale of its discrepancy. */
    double scale();

    /** Its weight in the distance. */
    double weight();

    /** Where the observed value or pattern comes from. */
    String source();

    /** What it needs from each run. */
    List<Quantity> quantities();

    /**
     * The statistic of one particle.
     *
     * @param replicates the value of each quantity in each of the particle's replicates
     * @return the statistic, or NaN if the runs do not define it
     */
    double statistic(Function<Quantity, double[]> replicates);

    /** The discrepancy of a statistic from the observation, in scales: 0 when the pattern is met; NaN stays NaN. */
    double discrepancy(double statistic);

    /** The observed value (or, for an ordering, the margin the difference must exceed). */
    double observed();

    /** The observation as text, e.g. "0.3" or "> 0". */
    String describeObserved();

    /** The statistic as text, e.g. "mean of duplication in current, steps 12-59". */
    String describeStatistic();

    /** Mean of the finite values, NaN if none. */
    static double finiteMean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
