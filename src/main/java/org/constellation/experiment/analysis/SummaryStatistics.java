package org.constellation.experiment.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Sample size, mean, sample standard deviation and Student-t confidence interval of the mean.
 *
 * <p>Formulas: mean {@code x̄ = Σx/n}; variance by the corrected two-pass algorithm
 * {@code s² = (Σ(x-x̄)² - (Σ(x-x̄))²/n) / (n-1)} (Chan, Golub &amp; LeVeque 1983, <i>Am. Stat.</i>
 * 37(3):242–247, eq. 1.7); interval {@code x̄ ± t_{1-α/2, n-1} · s/√n} with
 * {@code α = 1 - confidenceLevel} (Student 1908; e.g. Casella &amp; Berger 2002, §9.2.2).
 *
 * <p>Degenerate cases: {@code n = 0} gives NaN mean, deviation and bounds; {@code n = 1} gives the
 * value as mean and NaN deviation and bounds (no variance estimate exists with 0 degrees of
 * freedom). A NaN among the values propagates to every statistic except {@code n}.
 *
 * @param n                 number of values
 * @param mean              sample mean
 * @param standardDeviation sample standard deviation with denominator n-1
 * @param ciLow             lower bound of the confidence interval of the mean
 * @param ciHigh            upper bound of the confidence interval of the mean
 * @param confidenceLevel   coverage of the interval, e.g. 0.95
 */
public record SummaryStatistics(int n, double mean, double standardDeviation, double ciLow,
        double ciHigh, double confidenceLevel) {

    /** The default confidence level, 0.95. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** @return statistics with a 95% interval */
    public static SummaryStatistics of(double... values) {
        return of(values, DEFAULT_CONFIDENCE);
    }

    /**
     * @param values          the sample
     * @param confidenceLevel coverage in (0,1)
     * @return the statistics
     */
    public static SummaryStatistics of(double[] values, double confidenceLevel) {
        if (!(confidenceLevel > 0.0 && confidenceLevel < 1.0)) {
            throw new IllegalArgumentException("confidence level must be in (0,1), got " + confidenceLevel);
        }
        int n = values.length;
        if (n == 0) {
            return new SummaryStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, confidenceLevel);
        }
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new SummaryStatistics(1, mean, Double.NaN, Double.NaN, Double.NaN, confidenceLevel);
        }
        double squares = 0.0;
        double deviations = 0.0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
            deviations += d;
        }
        double variance = Math.max(0.0, (squares - deviations * deviations / n) / (n - 1));
        double sd = Math.sqrt(variance);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1.0 - (1.0 - confidenceLevel) / 2.0);
        double half = t * sd / Math.sqrt(n);
        return new SummaryStatistics(n, mean, sd, mean - half, mean + half, confidenceLevel);
    }

    /**
     * Summarises values per group with 95% intervals.
     *
     * @param groups one group key per value (e.g. the design point or scenario of each replicate)
     * @param values the values, aligned with {@code groups}
     * @param <K>    key type
     * @return statistics per group, in order of first appearance, unmodifiable
     */
    public static <K> Map<K, SummaryStatistics> byGroup(List<K> groups, double[] values) {
        return byGroup(groups, values, DEFAULT_CONFIDENCE);
    }

    /** As {@link #byGroup(List, double[])} with the given confidence level. */
    public static <K> Map<K, SummaryStatistics> byGroup(List<K> groups, double[] values, double confidenceLevel) {
        if (groups.size() != values.length) {
            throw new IllegalArgumentException("groups and values differ in length: " + groups.size()
                    + " vs " + values.length);
        }
        Map<K, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            members.computeIfAbsent(groups.get(i), x -> new ArrayList<>()).add(i);
        }
        Map<K, SummaryStatistics> result = new LinkedHashMap<>();
        for (Map.Entry<K, List<Integer>> e : members.entrySet()) {
            double[] sample = e.getValue().stream().mapToDouble(i -> values[i]).toArray();
            result.put(e.getKey(), of(sample, confidenceLevel));
        }
        return Collections.unmodifiableMap(result);
    }

    /** @return the half-width of the confidence interval (NaN for n &lt; 2) */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2.0;
    }
}
