package org.constellation.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Latin hypercube sample (McKay, Beckman &amp; Conover 1979, <i>Technometrics</i> 21(2):239–245).
 *
 * <p>For each dimension {@code d} independently, a uniformly random permutation {@code π_d} of
 * {@code 0..n-1} (Fisher–Yates / Durstenfeld shuffle, Knuth TAOCP vol. 2, Algorithm 3.4.2P) assigns
 * point {@code i} to stratum {@code π_d(i)}, and the coordinate is drawn uniformly inside it:
 * {@code u_{i,d} = (π_d(i) + U_{i,d}) / n}, {@code U ~ U[0,1)}. Hence each of the {@code n}
 * equal-width strata {@code [s/n, (s+1)/n)} of every dimension holds exactly one point.
 *
 * <p>Draw order (fixing reproducibility): dimensions in factor order; within a dimension first the
 * shuffle (for {@code m = n-1} down to 1, {@code rng.nextInt(m+1)}), then {@code n} calls to
 * {@code rng.nextDouble()} for points 0..n-1.
 */
public final class LatinHypercubeDesign implements UnitHypercubeDesign {

    private final FactorSpace space;
    private final double[][] unit;
    private final List<DesignPoint> points;

    /**
     * @param space the factors
     * @param n     number of points (and strata per dimension), at least 1
     * @param rng   seeded generator; it is advanced by the sampling
     */
    public LatinHypercubeDesign(FactorSpace space, int n, MersenneTwisterFast rng) {
        FactorSpace.requireFactors(space, "LatinHypercubeDesign");
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        this.space = space;
        int k = space.size();
        this.unit = new double[n][k];
        int[] perm = new int[n];
        for (int d = 0; d < k; d++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int m = n - 1; m > 0; m--) {
                int j = rng.nextInt(m + 1);
                int t = perm[m];
                perm[m] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < n; i++) {
                unit[i][d] = insideStratum(perm[i], n, rng.nextDouble());
            }
        }
        this.points = UnitSamples.mapRows(space, unit);
    }

    /** The size of a Latin hypercube of {@code n} points, without building it. */
    public static DesignSize size(FactorSpace space, int n) {
        return DesignSize.sampled(n, space.size(), DesignSize.count(n) + " samples");
    }

    /** @return a design drawn from a fresh {@code MersenneTwisterFast(seed)} */
    public static LatinHypercubeDesign withSeed(FactorSpace space, int n, long seed) {
        return new LatinHypercubeDesign(space, n, new MersenneTwisterFast(seed));
    }

    /**
     * {@code (s + x)/n}, nudged by ulps if rounding moved it out of stratum s, so that
     * {@code floor(u n) == s} and {@code u < 1} hold in floating point (u·n is monotone in u).
     */
    private static double insideStratum(int s, int n, double x) {
        double u = (s + x) / n;
        while (u >= 1.0 || Math.floor(u * n) > s) {
            u = Math.nextDown(u);
        }
        while (Math.floor(u * n) < s) {
            u = Math.nextUp(u);
        }
        return u;
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
