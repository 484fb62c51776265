package org.constellation.experiment.analysis;

/**
 * Elementary-effect statistics of one factor (Morris 1991, <i>Technometrics</i> 33(2):161–174;
 * {@code mu*} from Campolongo, Cariboni &amp; Saltelli 2007, <i>Environ. Model. Softw.</i>
 * 22:1509–1518), as computed by {@link MorrisAnalyzer}.
 *
 * @param factor  the factor name
 * @param mu      mean of the elementary effects
 * @param muStar  mean of their absolute values (overall importance)
 * @param sigma   sample standard deviation (divisor r-1) of the effects (non-linearity or
 *                interactions); NaN when there is a single effect
 * @param effects number of elementary effects r
 */
public record MorrisIndices(String factor, double mu, double muStar, double sigma, int effects) {
}
