package org.constellation.experiment.design;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli sampling scheme for first- and total-order Sobol indices (Saltelli 2002, <i>Comput.
 * Phys. Commun.</i> 145:280–297; Saltelli et al. 2010, <i>Comput. Phys. Commun.</i> 181:259–270,
 * §3 and Table 2).
 *
 * <p>Base points: {@code N} consecutive points of the Sobol' low-discrepancy sequence of dimension
 * {@code 2k} (commons-math3 {@link SobolSequenceGenerator}, Joe &amp; Kuo 2008 direction numbers),
 * starting at sequence index {@code 1 + skip} (index 0 is the origin and is always skipped). For
 * base point {@code j}, {@code A_j} is its first {@code k} coordinates and {@code B_j} its last
 * {@code k}; {@code AB_j^(i)} equals {@code A_j} except coordinate {@code i}, taken from
 * {@code B_j}. {@code N} should be a power of two to keep the sequence's balance properties.
 *
 * <p><b>Row order</b> (read back by the Sobol analyzer): {@code N} blocks of {@code k + 2} rows,
 * block {@code j} being {@code A_j, AB_j^(1), …, AB_j^(k), B_j}. Hence row
 * {@code j(k+2)} is {@code A_j}, row {@code j(k+2) + 1 + i} is {@code AB_j^(i+1)} (0-based factor
 * {@code i}), and row {@code j(k+2) + k + 1} is {@code B_j}; {@code N(k+2)} rows in all. The design
 * is deterministic: {@code skip} plays the role of the seed.
 */
public final class SaltelliDesign implements UnitHypercubeDesign {

    /** Largest Sobol dimension supported by the commons-math3 direction numbers. */
    private static final int MAX_SOBOL_DIMENSION = 1000;

    private final FactorSpace space;
    private final int n;
    private final int skip;
    private final double[][] unit;
    private final List<DesignPoint> points;

    /**
     * @param space the factors, at most 500
     * @param n     number of base points N, at least 1 (a power of two is recommended)
     * @param skip  number of Sobol points skipped after the origin, at least 0
     */
    public SaltelliDesign(FactorSpace space, int n, int skip) {
        FactorSpace.requireFactors(space, "SaltelliDesign");
        int k = space.size();
        if (n < 1 || skip < 0) {
            throw new IllegalArgumentException("need n >= 1 and skip >= 0, got n=" + n + ", skip=" + skip);
        }
        if (2 * k > MAX_SOBOL_DIMENSION) {
            throw new IllegalArgumentException("at most " + MAX_SOBOL_DIMENSION / 2 + " factors, got " + k);
        }
        if ((long) n * (k + 2) > Integer.MAX_VALUE || (long) skip + n >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("design too large");
        }
        this.space = space;
        this.n = n;
        this.skip = skip;
        this.unit = new double[n * (k + 2)][];
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        double[] base = sobol.skipTo(1 + skip);
        for (int j = 0; j < n; j++) {
            if (j > 0) {
                base = sobol.nextVector();
            }
            double[] a = Arrays.copyOfRange(base, 0, k);
            double[] b = Arrays.copyOfRange(base, k, 2 * k);
            unit[rowOfA(j)] = a;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                unit[rowOfAB(j, i)] = ab;
            }
            unit[rowOfB(j)] = b;
        }
        this.points = UnitSamples.mapRows(space, unit);
    }

    /** The size of {@code new SaltelliDesign(space, n, skip)}, without building it: N (k + 2) points. */
    public static DesignSize size(FactorSpace space, int n) {
        int k = space.size();
        return DesignSize.sampled(DesignSize.times(n, k + 2L), k, DesignSize.count(n) + " samples x (" + k
                + " factors + 2)");
    }

    /** @return the number of base points N */
    public int baseSamples() {
        return n;
    }

    /** @return the number of Sobol points skipped after the origin */
    public int skip() {
        return skip;
    }

    /** @return row index of {@code A_j} */
    public int rowOfA(int j) {
        return j * (space.size() + 2);
    }

    /** @return row index of {@code AB_j^(i)}, the row with factor {@code i} (0-based) from B */
    public int rowOfAB(int j, int i) {
        return j * (space.size() + 2) + 1 + i;
    }

    /** @return row index of {@code B_j} */
    public int rowOfB(int j) {
        return j * (space.size() + 2) + space.size() + 1;
    }

    @Override
    public double[][] unitSample() {
        return UnitSamples.copy(unit);
    }

    @Override
    public FactorSpace space() {
        return space;
    }

    @Override
    public List<DesignPoint> points() {
        return points;
    }
}
