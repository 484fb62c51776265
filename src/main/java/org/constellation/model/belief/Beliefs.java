package org.constellation.model.belief;

import java.io.Serializable;

/**
 * What one actor believes about needs (per district and challenge cell) and about group strength
 * (per district): an estimate with a variance, updated like a one-dimensional Kalman filter. A
 * belief's uncertainty grows with its age ({@code processNoise} per step) until new information
 * arrives; cells never observed keep the prior.
 *
 * <p>Needs are kept in pages of {@value #PAGE} cells, made when a cell of the page is first
 * observed: an actor hears of a part of a large region only, so most pages are never made.
 */
public final class Beliefs implements Serializable {

    /** Cells per page (a power of two). */
    static final int PAGE = 512;
    private static final int SHIFT = Integer.numberOfTrailingZeros(PAGE);

    private final int cells;
    private final double[][] estimate;
    private final double[][] variance;
    private final int[][] updated;
    private final int[][] varianceAt;
    private final double[] threat;
    private final double[] threatVariance;
    private final int[] threatUpdated;
    private final double priorMean;
    private final double priorVariance;
    private final double processNoise;
    private long revision;

    public Beliefs(int cells, int districts, double priorMean, double priorVariance, double processNoise) {
        this.cells = cells;
        int pages = (cells + PAGE - 1) / PAGE;
        this.estimate = new double[pages][];
        this.variance = new double[pages][];
        this.updated = new int[pages][];
        this.varianceAt = new int[pages][];
        this.threat = new double[districts];
        this.threatVariance = new double[districts];
        this.threatUpdated = new int[districts];
        this.priorMean = priorMean;
        this.priorVariance = priorVariance;
        this.processNoise = processNoise;
        java.util.Arrays.fill(threatVariance, priorVariance * 25);
        java.util.Arrays.fill(threatUpdated, Integer.MIN_VALUE);
    }

    /** Estimated need of a cell. */
    public double need(int cell) {
        double[] page = estimate[cell >>> SHIFT];
        return page == null ? priorMean : page[cell & (PAGE - 1)];
    }

    /** Uncertainty (variance) of a cell's estimate at a step, grown with its age. */
    public double variance(int cell, int step) {
        int p = cell >>> SHIFT;
        if (variance[p] == null) {
            return priorVariance;
        }
        return grown(variance[p][cell & (PAGE - 1)], varianceAt[p][cell & (PAGE - 1)], step, priorVariance);
    }

    /** Step of the last update of a cell, or {@link Integer#MIN_VALUE} if never. */
    public int lastUpdate(int cell) {
        int[] page = updated[cell >>> SHIFT];
        return page == null ? Integer.MIN_VALUE : page[cell & (PAGE - 1)];
    }

    /** Steps since a cell was last updated, capped at {@code cap}. */
    public int age(int cell, int step, int cap) {
        int u = lastUpdate(cell);
        return u == Integer.MIN_VALUE ? cap : Math.min(cap, step - u);
    }

    /**
     * Combines an observation of a cell's need with the belief.
     *
     * @param value the observed need
     * @param noiseVariance variance of the observation (sensor noise, and doubt about the source)
     * @param step current step
     */
    public void observe(int cell, double value, double noiseVariance, int step) {
        update(cell, value, noiseVariance, step);
        revision++;
    }

    /**
     * Combines a report's observations with the beliefs, cell by cell, as {@link #observe} does: the noise
     * variance of cell k is {@code variances[k] + doubt + staleness}.
     *
     * @param doubt what the receiver adds for its doubt about the source
     * @param staleness what it adds for the report's age
     */
    public void observe(int[] cells, double[] values, double[] variances, double doubt, double staleness, int step) {
        for (int k = 0; k < cells.length; k++) {
            update(cells[k], values[k], variances[k] + doubt + staleness, step);
        }
        revision += cells.length;
    }

    /**
     * The Kalman update of one cell; a page made here holds the prior, with which {@link #variance} agrees.
     */
    private void update(int cell, double value, double noiseVariance, int step) {
        int p = page(cell >>> SHIFT);
        int i = cell & (PAGE - 1);
        double[] estimates = estimate[p];
        double[] variances = variance[p];
        int[] since = varianceAt[p];
        double prior = grown(variances[i], since[i], step, priorVariance);
        double gain = prior / (prior + Math.max(1e-9, noiseVariance));
        estimates[i] = clamp(estimates[i] + gain * (value - estimates[i]));
        variances[i] = (1 - gain) * prior;
        since[i] = step;
        updated[p][i] = step;
    }

    /** Makes a page (every cell at the prior, never updated) if it is not made yet; returns its number. */
    private int page(int p) {
        if (estimate[p] == null) {
            estimate[p] = new double[PAGE];
            variance[p] = new double[PAGE];
            updated[p] = new int[PAGE];
            varianceAt[p] = new int[PAGE];
            java.util.Arrays.fill(estimate[p], priorMean);
            java.util.Arrays.fill(variance[p], priorVariance);
            java.util.Arrays.fill(updated[p], Integer.MIN_VALUE);
            java.util.Arrays.fill(varianceAt[p], Integer.MIN_VALUE);
        }
        return p;
    }

    /** Estimated group strength in a district. */
    public double threat(int district) {
        return threat[district];
    }

    /** True if the actor has ever had information on group strength in a district. */
    public boolean knowsThreat(int district) {
        return threatUpdated[district] != Integer.MIN_VALUE;
    }

    /** Uncertainty of the threat estimate at a step. */
    public double threatVariance(int district, int step) {
        return grown(threatVariance[district], threatUpdated[district], step, priorVariance * 25);
    }

    /** Combines an observation of group strength in a district with the belief. */
    public void observeThreat(int district, double value, double noiseVariance, int step) {
        double prior = threatVariance(district, step);
        double gain = prior / (prior + Math.max(1e-9, noiseVariance));
        threat[district] = Math.max(0, threat[district] + gain * (value - threat[district]));
        threatVariance[district] = (1 - gain) * prior;
        threatUpdated[district] = step;
        revision++;
    }

    /**
     * Loses a share of the knowledge accumulated (staff rotation): each belief's estimate and
     * variance move that share of the way back to the prior's; threat estimates likewise.
     */
    public void forget(double share, int step) {
        for (int p = 0; p < estimate.length; p++) {
            if (estimate[p] == null) {
                continue;
            }
            for (int i = 0; i < PAGE && (p << SHIFT) + i < cells; i++) {
                if (varianceAt[p][i] != Integer.MIN_VALUE) {
                    double v = grown(variance[p][i], varianceAt[p][i], step, priorVariance);
                    variance[p][i] = v + share * (Math.max(v, priorVariance) - v);
                    varianceAt[p][i] = step;
                    estimate[p][i] += share * (priorMean - estimate[p][i]);
                }
            }
        }
        for (int d = 0; d < threat.length; d++) {
            threat[d] *= 1 - share;
        }
        revision++;
    }

    /** A count of the changes so far: while it stays the same, so does every belief (at a given step). */
    public long revision() {
        return revision;
    }

    /** Number of cells. */
    public int cells() {
        return cells;
    }

    /** The prior mean used for unobserved cells. */
    public double priorMean() {
        return priorMean;
    }

    private double grown(double v, int since, int step, double cap) {
        if (since == Integer.MIN_VALUE) {
            return cap;
        }
        return Math.min(cap, v + processNoise * Math.max(0, step - since));
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
