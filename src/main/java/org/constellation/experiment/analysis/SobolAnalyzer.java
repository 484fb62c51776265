package org.constellation.experiment.analysis;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constellation.experiment.design.SaltelliDesign;

/**
 * Sobol' first- and total-order sensitivity indices from outputs of a {@link SaltelliDesign}.
 *
 * <p>With {@code f_A, f_B, f_ABi} the outputs at rows {@code A_j, B_j, AB_j^(i)} of the
 * {@link SaltelliDesign} row order (blocks {@code A_j, AB_j^(1..k), B_j}), {@code j = 1..N}:
 * <ul>
 *   <li>{@code V = Var(f_A ∪ f_B)}, the population variance (divisor 2N) of the 2N outputs at
 *       {@code A} and {@code B};</li>
 *   <li>first order {@code S_i = (1/N) Σ_j (f_B(j) - m) (f_ABi(j) - f_A(j)) / V} (Saltelli et al. 2010,
 *       <i>Comput. Phys. Commun.</i> 181:259–270, Table 2 (b)), with {@code m} the mean of the 2N outputs
 *       at A and B: centring leaves the expectation unchanged but removes a term whose variance grows
 *       with the square of the output's mean, which made S1 unusable for outputs far from zero (as
 *       SALib standardises outputs first);</li>
 *   <li>total order {@code S_Ti = (1/2N) Σ_j (f_A(j) - f_ABi(j))² / V} (Jansen 1999,
 *       <i>Comput. Phys. Commun.</i> 117:35–43; Saltelli et al. 2010, Table 2 (f)).</li>
 * </ul>
 *
 * <p>Confidence intervals: nonparametric bootstrap over base points (Archer, Saltelli &amp; Sobol'
 * 1997, <i>J. Stat. Comput. Simul.</i> 58:99–120): each of {@code B} resamples draws {@code N} base
 * indices with replacement ({@code rng.nextInt(N)}), keeps each drawn block whole and recomputes
 * V, S_i and S_Ti; the bounds are the {@code (1-level)/2} and {@code (1+level)/2} sample quantiles
 * of the {@code B} replicates (percentile method, Efron &amp; Tibshirani 1993, §13.3; quantiles by
 * linear interpolation, Hyndman &amp; Fan 1996 type 7). With a quasi-random (Sobol') design this
 * treats the base points as i.i.d. and so tends to over-cover.
 *
 * <p>Degenerate cases: {@code V = 0} (constant output) gives NaN indices; any NaN output propagates
 * to NaN; a NaN among the bootstrap replicates makes both bounds NaN.
 */
public final class SobolAnalyzer {

    private final int resamples;
    private final double level;

    /**
     * @param bootstrapResamples number B of bootstrap resamples, 0 for none (bounds NaN)
     * @param confidenceLevel    coverage of the intervals in (0,1), e.g. 0.95
     */
    public SobolAnalyzer(int bootstrapResamples, double confidenceLevel) {
        if (bootstrapResamples < 0 || !(confidenceLevel > 0.0 && confidenceLevel < 1.0)) {
            throw new IllegalArgumentException("need B >= 0 and a level in (0,1)");
        }
        this.resamples = bootstrapResamples;
        this.level = confidenceLevel;
    }

    /** @return indices per factor in factor order; {@code outputs} aligned with the design's points */
    public List<SobolIndices> analyze(SaltelliDesign design, double[] outputs, MersenneTwisterFast rng) {
        return analyze(design.space().names(), outputs, rng);
    }

    /**
     * @param factorNames the k factor names, in design order
     * @param outputs     N(k+2) outputs in {@link SaltelliDesign} row order
     * @param rng         seeded generator for the bootstrap (unused when B = 0)
     * @return indices per factor in factor order
     */
    public List<SobolIndices> analyze(List<String> factorNames, double[] outputs, MersenneTwisterFast rng) {
        int k = factorNames.size();
        if (k < 1 || outputs.length == 0 || outputs.length % (k + 2) != 0) {
            throw new IllegalArgumentException("expected N(k+2) outputs with k=" + k + ", got " + outputs.length);
        }
        int n = outputs.length / (k + 2);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            int base = j * (k + 2);
            fA[j] = outputs[base];
            for (int i = 0; i < k; i++) {
                fAB[i][j] = outputs[base + 1 + i];
            }
            fB[j] = outputs[base + k + 1];
        }
        int[] identity = new int[n];
        Arrays.setAll(identity, j -> j);
        double[][] point = estimate(fA, fB, fAB, identity);
        double[][][] boot = new double[2][k][resamples];
        int[] idx = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                idx[j] = rng.nextInt(n);
            }
            double[][] e = estimate(fA, fB, fAB, idx);
            for (int i = 0; i < k; i++) {
                boot[0][i][b] = e[0][i];
                boot[1][i][b] = e[1][i];
            }
        }
        double lowP = (1.0 - level) / 2.0;
        double highP = 1.0 - lowP;
        List<SobolIndices> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            result.add(new SobolIndices(factorNames.get(i),
                    point[0][i], quantile(boot[0][i], lowP), quantile(boot[0][i], highP),
                    point[1][i], quantile(boot[1][i], lowP), quantile(boot[1][i], highP)));
        }
        return List.copyOf(result);
    }

    /** @return {S1[], ST[]} over the base points listed in idx */
    private static double[][] estimate(double[] fA, double[] fB, double[][] fAB, int[] idx) {
        int n = idx.length;
        int k = fAB.length;
        double sum = 0.0;
        for (int j : idx) {
            sum += fA[j] + fB[j];
        }
        double mean = sum / (2.0 * n);
        double ss = 0.0;
        for (int j : idx) {
            ss += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        double variance = ss / (2.0 * n);
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            double[] ab = fAB[i];
            double first = 0.0;
            double total = 0.0;
            for (int j : idx) {
                double diff = ab[j] - fA[j];
                first += (fB[j] - mean) * diff;
                total += diff * diff;
            }
            out[0][i] = variance > 0.0 ? first / n / variance : Double.NaN;
            out[1][i] = variance > 0.0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        return out;
    }

    /** Type-7 sample quantile; NaN if there are no values or any value is NaN. */
    static double quantile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
