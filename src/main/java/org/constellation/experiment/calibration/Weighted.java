package org.constellation.experiment.calibration;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Statistics of weighted samples (weights normalised to sum to 1): quantiles, mean, covariance,
 * correlation and Kish's effective sample size {@code (sum w)^2 / sum w^2}.
 */
public final class Weighted {

    private Weighted() {
    }

    /** Weights scaled to sum to 1. */
    public static double[] normalise(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] / sum;
        }
        return out;
    }

    /**
     * The weighted quantile: the smallest value whose cumulative weight (values in increasing order,
     * ties in index order) reaches {@code p}; always one of the values, so the median of whole numbers
     * is a whole number. NaN values are left out.
     */
    public static double quantile(double[] values, double[] weights, double p) {
        Integer[] order = new Integer[values.length];
        double total = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                order[n++] = i;
                total += weights[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] kept = Arrays.copyOf(order, n);
        Arrays.sort(kept, Comparator.comparingDouble((Integer i) -> values[i]).thenComparingInt(i -> i));
        double cumulative = 0;
        for (Integer i : kept) {
            cumulative += weights[i] / total;
            if (cumulative >= p - 1e-12) {
                return values[i];
            }
        }
        return values[kept[n - 1]];
    }

    /** Kish's effective sample size. */
    public static double ess(double[] weights) {
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        return sum * sum / squares;
    }

    /** The weighted mean of each column. */
    public static double[] mean(double[][] rows, double[] weights) {
        int k = rows.length == 0 ? 0 : rows[0].length;
        double[] m = new double[k];
        for (int i = 0; i < rows.length; i++) {
            for (int d = 0; d < k; d++) {
                m[d] += weights[i] * rows[i][d];
            }
        }
        return m;
    }

    /** The weighted covariance of the columns: {@code sum_i w_i (x_i - m)(x_i - m)'} with normalised weights. */
    public static double[][] covariance(double[][] rows, double[] weights) {
        double[] m = mean(rows, weights);
        int k = m.length;
        double[][] c = new double[k][k];
        for (int i = 0; i < rows.length; i++) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    c[a][b] += weights[i] * (rows[i][a] - m[a]) * (rows[i][b] - m[b]);
                }
            }
        }
        return c;
    }

    /** The correlation matrix of a covariance matrix (NaN where a variance is 0). */
    public static double[][] correlation(double[][] covariance) {
        int k = covariance.length;
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double v = Math.sqrt(covariance[a][a] * covariance[b][b]);
                r[a][b] = v > 0 ? covariance[a][b] / v : Double.NaN;
            }
        }
        return r;
    }
}
