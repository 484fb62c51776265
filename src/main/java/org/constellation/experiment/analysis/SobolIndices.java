package org.constellation.experiment.analysis;

/**
 * First-order and total-order Sobol' indices of one factor with bootstrap percentile confidence
 * bounds, as estimated by {@link SobolAnalyzer} (Sobol' 1993; Homma &amp; Saltelli 1996; estimators
 * of Saltelli et al. 2010 and Jansen 1999). Bounds are NaN when no bootstrap was requested.
 *
 * @param factor the factor name
 * @param s1     first-order index S_i
 * @param s1Low  lower confidence bound of S_i
 * @param s1High upper confidence bound of S_i
 * @param st     total-order index S_Ti
 * @param stLow  lower confidence bound of S_Ti
 * @param stHigh upper confidence bound of S_Ti
 */
public record SobolIndices(String factor, double s1, double s1Low, double s1High, double st,
        double stLow, double stHigh) {
}
