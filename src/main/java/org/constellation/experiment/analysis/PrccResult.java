package org.constellation.experiment.analysis;

/**
 * Partial rank correlation coefficient of one factor with the output, computed by
 * {@link PrccAnalyzer} (Marino, Hogue, Ray &amp; Kirschner 2008, <i>J. Theor. Biol.</i>
 * 254:178–196).
 *
 * @param factor           the factor name
 * @param prcc             the coefficient in [-1, 1], NaN if undefined
 * @param pValue           two-sided p-value of H0: PRCC = 0, NaN if undefined
 * @param degreesOfFreedom n - 2 - (k - 1) degrees of freedom of the t statistic
 */
public record PrccResult(String factor, double prcc, double pValue, int degreesOfFreedom) {
}
