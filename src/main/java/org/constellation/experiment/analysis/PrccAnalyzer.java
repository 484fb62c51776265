package org.constellation.experiment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.constellation.experiment.design.Design;
import org.constellation.experiment.design.DesignPoint;
import org.constellation.experiment.design.FactorSpace;

/**
 * Partial rank correlation coefficients (PRCC) of each numeric factor with a scalar output, for any
 * sampled design (Iman &amp; Conover 1980, <i>Commun. Stat. Theory Methods</i> 9(17):1749–1842;
 * Blower &amp; Dowlatabadi 1994, <i>Int. Stat. Rev.</i> 62(2):229–243; Marino et al. 2008,
 * <i>J. Theor. Biol.</i> 254:178–196).
 *
 * <p>Procedure: rank-transform every factor column and the output (ties receive their average
 * rank); for factor {@code j}, regress the ranks of {@code x_j} and of {@code y} by least squares on
 * an intercept and the ranks of the other {@code k-1} factors; the PRCC is the Pearson correlation
 * of the two residual vectors. Significance: {@code t = r √(df / (1 - r²))} with
 * {@code df = n - 2 - (k - 1)}, two-sided p-value from Student's t with {@code df} degrees of
 * freedom (Marino et al. 2008, eq. 3).
 *
 * <p>Least squares is done by projecting onto an orthonormal basis of the regressors built with
 * modified Gram–Schmidt, applied twice (Björck 1996, <i>Numerical Methods for Least Squares
 * Problems</i>, §2.4); regressors that are (numerically) linear combinations of earlier ones,
 * including constant factors, are dropped, so collinear designs do not fail.
 *
 * <p>Degenerate cases (documented results): constant output, or a constant factor, or a factor
 * whose ranks are fully explained by the other factors (zero residual) gives PRCC and p-value
 * NaN; {@code df <= 0} (n &lt;= k + 1) gives p-value NaN; {@code |PRCC| = 1} gives p-value 0.
 * Categorical factors are left out by {@link #analyze(Design, double[])}. NaN inputs are rejected.
 */
public final class PrccAnalyzer {

    /** Relative residual norm under which a vector counts as explained by the regressors. */
    private static final double TOLERANCE = 1e-9;

    private PrccAnalyzer() {
    }

    /**
     * @param design  any design; only its numeric factors are analysed
     * @param outputs one output per design point, in point order
     * @return one result per numeric factor, in factor order
     */
    public static List<PrccResult> analyze(Design design, double[] outputs) {
        FactorSpace space = design.space();
        List<Integer> numeric = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int d = 0; d < space.size(); d++) {
            if (space.factor(d).isNumeric()) {
                numeric.add(d);
                names.add(space.factor(d).name());
            }
        }
        List<DesignPoint> points = design.points();
        double[][] x = new double[points.size()][numeric.size()];
        for (int i = 0; i < points.size(); i++) {
            for (int c = 0; c < numeric.size(); c++) {
                x[i][c] = ((Number) points.get(i).get(numeric.get(c))).doubleValue();
            }
        }
        return analyze(names, x, outputs);
    }

    /**
     * @param factorNames k names, one per column of x
     * @param x           n rows (runs) by k columns (factors)
     * @param y           n outputs
     * @return one result per factor, in column order
     */
    public static List<PrccResult> analyze(List<String> factorNames, double[][] x, double[] y) {
        int n = y.length;
        int k = factorNames.size();
        if (x.length != n) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + n + " values");
        }
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[][] rankCols = new double[k][];
        for (int c = 0; c < k; c++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                if (x[i].length != k) {
                    throw new IllegalArgumentException("row " + i + " has " + x[i].length + " columns, expected " + k);
                }
                col[i] = x[i][c];
            }
            rankCols[c] = n == 0 ? col : ranking.rank(col);
        }
        double[] rankY = n == 0 ? y.clone() : ranking.rank(y);
        int df = n - 2 - (k - 1);
        TDistribution t = df > 0 ? new TDistribution(null, df) : null;
        List<PrccResult> result = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            List<double[]> basis = new ArrayList<>();
            addToBasis(basis, constant(n));
            for (int c = 0; c < k; c++) {
                if (c != j) {
                    addToBasis(basis, rankCols[c]);
                }
            }
            double r = correlation(residual(basis, rankCols[j]), residual(basis, rankY));
            result.add(new PrccResult(factorNames.get(j), r, pValue(r, df, t), df));
        }
        return List.copyOf(result);
    }

    private static double pValue(double r, int df, TDistribution t) {
        if (Double.isNaN(r) || df <= 0) {
            return Double.NaN;
        }
        if (Math.abs(r) >= 1.0) {
            return 0.0;
        }
        double stat = Math.abs(r) * Math.sqrt(df / (1.0 - r * r));
        return Math.min(1.0, 2.0 * t.cumulativeProbability(-stat));
    }

    /** Pearson correlation of two residuals (both already orthogonal to the constant). */
    private static double correlation(double[] a, double[] b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        double ab = dot(a, b);
        double r = ab / Math.sqrt(dot(a, a) * dot(b, b));
        return Math.max(-1.0, Math.min(1.0, r));
    }

    /** @return v minus its projection on the basis, or null if that is numerically zero */
    private static double[] residual(List<double[]> basis, double[] v) {
        double[] r = v.clone();
        project(basis, r);
        project(basis, r);
        double scale = Math.sqrt(dot(v, v));
        double norm = Math.sqrt(dot(r, r));
        return scale == 0.0 || norm <= TOLERANCE * scale ? null : r;
    }

    /** Adds the normalised residual of v to the orthonormal basis unless v is in its span. */
    private static void addToBasis(List<double[]> basis, double[] v) {
        double[] r = residual(basis, v);
        if (r != null) {
            double norm = Math.sqrt(dot(r, r));
            for (int i = 0; i < r.length; i++) {
                r[i] /= norm;
            }
            basis.add(r);
        }
    }

    /** One modified Gram–Schmidt sweep: r -= q (q·r) for each q, in place. */
    private static void project(List<double[]> basis, double[] r) {
        for (double[] q : basis) {
            double c = dot(q, r);
            for (int i = 0; i < r.length; i++) {
                r[i] -= c * q[i];
            }
        }
    }

    private static double[] constant(int n) {
        double[] one = new double[n];
        Arrays.fill(one, 1.0);
        return one;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
