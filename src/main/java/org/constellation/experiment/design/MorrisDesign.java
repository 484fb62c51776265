package org.constellation.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * Morris one-at-a-time (elementary effects) design: {@code r} random trajectories of {@code k + 1}
 * points on the {@code p}-level grid {@code {0, 1/(p-1), …, 1}^k}, consecutive points differing in
 * exactly one factor by {@code ±Δ}, {@code Δ = p / (2(p-1))} (Morris 1991, <i>Technometrics</i>
 * 33(2):161–174; Campolongo, Cariboni &amp; Saltelli 2007, <i>Environ. Model. Softw.</i>
 * 22:1509–1518).
 *
 * <p>Construction of one trajectory, equivalent to Morris's randomised orientation matrix
 * {@code B* = (J x* + (Δ/2)[(2B - J) D* + J]) P*}: for each factor draw a base level {@code x*_i}
 * uniformly from {@code {0, 1/(p-1), …, 1-Δ}} ({@code rng.nextInt(p/2)}) and a direction
 * {@code d_i = ±1} ({@code rng.nextBoolean()}); the start point has {@code x*_i} if {@code d_i = +1}
 * and {@code x*_i + Δ} otherwise; then a random order of the factors (Fisher–Yates shuffle,
 * {@code rng.nextInt}) is drawn and step {@code s = 1..k} moves the {@code s}-th factor of that order
 * by {@code d_i Δ}. Every point stays on the grid because {@code p} must be even.
 *
 * <p>Row order: trajectory {@code t} occupies rows {@code t(k+1) … t(k+1)+k}; the factor changed
 * between rows {@code t(k+1)+s-1} and {@code t(k+1)+s} is {@link #changedFactor(int, int)} and its
 * direction {@link #direction(int, int)}. Grid level {@code l} maps to
 * {@link Factor#gridValue(int, int) gridValue(l, p)}. The optimised trajectory selection of
 * Campolongo et al. (2007) is not applied.
 */
public final class MorrisDesign implements UnitHypercubeDesign {

    private final FactorSpace space;
    private final int trajectories;
    private final int gridLevels;
    private final int[][] level;
    private final int[][] changed;
    private final int[][] sign;
    private final List<DesignPoint> points;

    /**
     * @param space        the factors
     * @param trajectories number of trajectories r, at least 1
     * @param gridLevels   number of grid levels p, even and at least 2
     * @param rng          seeded generator; it is advanced by the sampling
     */
    public MorrisDesign(FactorSpace space, int trajectories, int gridLevels, MersenneTwisterFast rng) {
        FactorSpace.requireFactors(space, "MorrisDesign");
        if (trajectories < 1 || gridLevels < 2 || gridLevels % 2 != 0) {
            throw new IllegalArgumentException("need r >= 1 and an even p >= 2, got r=" + trajectories
                    + ", p=" + gridLevels);
        }
        int k = space.size();
        if ((long) trajectories * (k + 1) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("design too large");
        }
        this.space = space;
        this.trajectories = trajectories;
        this.gridLevels = gridLevels;
        int half = gridLevels / 2; // Δ in grid steps
        this.level = new int[trajectories * (k + 1)][];
        this.changed = new int[trajectories][k];
        this.sign = new int[trajectories][k];
        List<DesignPoint> pts = new ArrayList<>(level.length);
        int[] order = new int[k];
        for (int t = 0; t < trajectories; t++) {
            int[] x = new int[k];
            int[] dir = new int[k];
            for (int i = 0; i < k; i++) {
                int base = rng.nextInt(half);
                dir[i] = rng.nextBoolean() ? 1 : -1;
                x[i] = dir[i] > 0 ? base : base + half;
            }
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int m = k - 1; m > 0; m--) {
                int j = rng.nextInt(m + 1);
                int tmp = order[m];
                order[m] = order[j];
                order[j] = tmp;
            }
            int row = t * (k + 1);
            level[row] = x.clone();
            for (int s = 1; s <= k; s++) {
                int f = order[s - 1];
                x[f] += dir[f] * half;
                changed[t][s - 1] = f;
                sign[t][s - 1] = dir[f];
                level[row + s] = x.clone();
            }
        }
        for (int i = 0; i < level.length; i++) {
            Object[] values = new Object[k];
            for (int d = 0; d < k; d++) {
                values[d] = space.factor(d).gridValue(level[i][d], gridLevels);
            }
            pts.add(new DesignPoint(i, space, values));
        }
        this.points = List.copyOf(pts);
    }

    /** @return a design drawn from a fresh {@code MersenneTwisterFast(seed)} */
    public static MorrisDesign withSeed(FactorSpace space, int trajectories, int gridLevels, long seed) {
        return new MorrisDesign(space, trajectories, gridLevels, new MersenneTwisterFast(seed));
    }

    /** The size of a Morris design of {@code trajectories} trajectories, without building it: r (k + 1) points. */
    public static DesignSize size(FactorSpace space, int trajectories) {
        int k = space.size();
        long points = DesignSize.times(trajectories, k + 1L);
        return new DesignSize(points, DesignSize.count(trajectories) + " trajectories x (" + k + " factors + 1)",
                DesignSize.times(points, DesignSize.pointBytes(k) + 16 + 4L * k));
    }

    /** @return the number of trajectories r */
    public int trajectories() {
        return trajectories;
    }

    /** @return the number of grid levels p */
    public int gridLevels() {
        return gridLevels;
    }

    /** @return the step Δ = p / (2(p-1)) in unit coordinates */
    public double delta() {
        return gridLevels / (2.0 * (gridLevels - 1));
    }

    /** @return row index of point {@code s} (0..k) of trajectory {@code t} */
    public int rowIndex(int t, int s) {
        return t * (space.size() + 1) + s;
    }

    /** @return the 0-based factor changed at step {@code s} (1..k) of trajectory {@code t} */
    public int changedFactor(int t, int s) {
        return changed[t][s - 1];
    }

    /** @return +1 if step {@code s} (1..k) of trajectory {@code t} increased the factor, else -1 */
    public int direction(int t, int s) {
        return sign[t][s - 1];
    }

    /** @return grid levels l/(p-1) in [0,1], one row per point */
    @Override
    public double[][] unitSample() {
        double[][] u = new double[level.length][space.size()];
        for (int i = 0; i < level.length; i++) {
            for (int d = 0; d < space.size(); d++) {
                u[i][d] = level[i][d] / (double) (gridLevels - 1);
            }
        }
        return u;
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
