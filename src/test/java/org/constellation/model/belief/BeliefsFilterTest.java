package org.constellation.model.belief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Beliefs}: per cell (and per district for threats) a one-dimensional Kalman filter whose
 * variance grows by the process noise per step of age, up to the prior's; cells never observed read the prior,
 * whichever page they are on; pages are made only where something was observed; the revision moves with
 * every change.
 */
class BeliefsFilterTest {

    private static final double PRIOR = 0.3;
    private static final double PRIOR_VARIANCE = 0.05;
    private static final double NOISE = 0.002;

    /** The filter as documented, on plain arrays, one entry per cell and district. */
    private static final class Reference {
        final double[] mean;
        final double[] variance;
        /** The step the variance was last set at (an observation or forgetting). */
        final int[] at;
        /** The step of the last observation. */
        final int[] observed;
        final double[] threat;
        final double[] threatVariance;
        final int[] threatAt;

        Reference(int cells, int districts) {
            mean = filled(cells, PRIOR);
            variance = filled(cells, PRIOR_VARIANCE);
            at = new int[cells];
            Arrays.fill(at, Integer.MIN_VALUE);
            observed = at.clone();
            threat = new double[districts];
            threatVariance = filled(districts, 25 * PRIOR_VARIANCE);
            threatAt = new int[districts];
            Arrays.fill(threatAt, Integer.MIN_VALUE);
        }

        static double[] filled(int n, double v) {
            double[] a = new double[n];
            Arrays.fill(a, v);
            return a;
        }

        static double grown(double v, int since, int step, double cap) {
            return since == Integer.MIN_VALUE ? cap : Math.min(cap, v + NOISE * Math.max(0, step - since));
        }

        double variance(int cell, int step) {
            return grown(variance[cell], at[cell], step, PRIOR_VARIANCE);
        }

        void observe(int cell, double value, double noise, int step) {
            double prior = variance(cell, step);
            double gain = prior / (prior + Math.max(1e-9, noise));
            mean[cell] = Math.max(0, Math.min(1, mean[cell] + gain * (value - mean[cell])));
            variance[cell] = (1 - gain) * prior;
            at[cell] = step;
            observed[cell] = step;
        }

        void observeThreat(int d, double value, double noise, int step) {
            double prior = grown(threatVariance[d], threatAt[d], step, 25 * PRIOR_VARIANCE);
            double gain = prior / (prior + Math.max(1e-9, noise));
            threat[d] = Math.max(0, threat[d] + gain * (value - threat[d]));
            threatVariance[d] = (1 - gain) * prior;
            threatAt[d] = step;
        }

        void forget(double share, int step) {
            for (int c = 0; c < mean.length; c++) {
                if (at[c] != Integer.MIN_VALUE) {
                    double v = variance(c, step);
                    variance[c] = v + share * (Math.max(v, PRIOR_VARIANCE) - v);
                    at[c] = step;
                    mean[c] += share * (PRIOR - mean[c]);
                }
            }
            for (int d = 0; d < threat.length; d++) {
                threat[d] *= 1 - share;
            }
        }
    }

    @Test
    void anObservationIsAKalmanUpdateAgainstTheVarianceGrownSinceTheLast() {
        Beliefs b = new Beliefs(10, 2, PRIOR, PRIOR_VARIANCE, NOISE);
        b.observe(3, 0.9, 0.05, 0);
        assertThat(b.need(3)).isCloseTo(0.6, within(1e-12));
        assertThat(b.variance(3, 0)).isCloseTo(0.025, within(1e-12));
        assertThat(b.variance(3, 5)).as("grown by 5 steps of process noise").isCloseTo(0.035, within(1e-12));
        assertThat(b.variance(3, 1000)).as("never beyond the prior").isEqualTo(PRIOR_VARIANCE);
        b.observe(3, 0.2, 0.035, 5);
        assertThat(b.need(3)).isCloseTo(0.4, within(1e-12));
        assertThat(b.variance(3, 5)).isCloseTo(0.0175, within(1e-12));
        assertThat(b.lastUpdate(3)).isEqualTo(5);
        assertThat(b.need(4)).as("its neighbour is untouched").isEqualTo(PRIOR);
        b.observe(4, 1.7, 0, 5);
        assertThat(b.need(4)).as("a need estimate stays in [0, 1]").isEqualTo(1);
        b.observeThreat(1, 4, 25 * PRIOR_VARIANCE, 2);
        assertThat(b.threat(1)).as("threat prior 0, variance 25 x the prior's").isCloseTo(2, within(1e-12));
        assertThat(b.knowsThreat(1)).isTrue();
        assertThat(b.knowsThreat(0)).isFalse();
        b.observeThreat(1, -10, 1e-12, 3);
        assertThat(b.threat(1)).as("strength is never negative").isZero();
    }

    @Test
    void aReportFoldedInAtOnceIsEachCellObservedWithDoubtAndStalenessAdded() {
        int[] cells = {7, 600, 2, 1100};
        double[] values = {0.8, 0.1, 0.55, 0.95};
        double[] variances = {0.01, 0.02, 0.003, 0.04};
        Beliefs once = new Beliefs(1200, 1, PRIOR, PRIOR_VARIANCE, NOISE);
        Beliefs each = new Beliefs(1200, 1, PRIOR, PRIOR_VARIANCE, NOISE);
        once.observe(600, 0.4, 0.01, 1);
        each.observe(600, 0.4, 0.01, 1);
        once.observe(cells, values, variances, 0.004, 0.002, 6);
        for (int k = 0; k < cells.length; k++) {
            each.observe(cells[k], values[k], variances[k] + 0.004 + 0.002, 6);
        }
        for (int c = 0; c < 1200; c++) {
            assertThat(once.need(c)).as("cell " + c).isEqualTo(each.need(c));
            assertThat(once.variance(c, 9)).as("cell " + c).isEqualTo(each.variance(c, 9));
            assertThat(once.lastUpdate(c)).as("cell " + c).isEqualTo(each.lastUpdate(c));
        }
        assertThat(once.revision()).isEqualTo(each.revision()).isEqualTo(5);
    }

    /** Random observations, reports, threats and forgetting over cells on four pages, the last one partial. */
    @Test
    void everyCellOnEveryPageFollowsTheFilter() {
        int cells = 3 * Beliefs.PAGE + 7;
        int districts = 9;
        Beliefs b = new Beliefs(cells, districts, PRIOR, PRIOR_VARIANCE, NOISE);
        Reference r = new Reference(cells, districts);
        Random random = new Random(11);
        long revision = b.revision();
        for (int step = 0; step < 60; step++) {
            for (int op = 0; op < 6; op++) {
                int kind = random.nextInt(10);
                if (kind < 5) {
                    int cell = random.nextInt(cells);
                    double value = -0.2 + 1.4 * random.nextDouble();
                    double noise = random.nextInt(8) == 0 ? 0 : 0.08 * random.nextDouble();
                    b.observe(cell, value, noise, step);
                    r.observe(cell, value, noise, step);
                } else if (kind < 8) {
                    int n = 1 + random.nextInt(12);
                    int[] which = new int[n];
                    double[] values = new double[n];
                    double[] variances = new double[n];
                    for (int k = 0; k < n; k++) {
                        which[k] = k % 3 == 0 ? cells - 1 - random.nextInt(7) : random.nextInt(cells);
                        values[k] = random.nextDouble();
                        variances[k] = 0.05 * random.nextDouble();
                    }
                    double doubt = 0.01 * random.nextDouble();
                    double staleness = 0.002 * random.nextInt(4);
                    b.observe(which, values, variances, doubt, staleness, step);
                    for (int k = 0; k < n; k++) {
                        r.observe(which[k], values[k], variances[k] + doubt + staleness, step);
                    }
                } else if (kind == 8) {
                    int d = random.nextInt(districts);
                    double value = 6 * random.nextDouble();
                    double noise = random.nextDouble();
                    b.observeThreat(d, value, noise, step);
                    r.observeThreat(d, value, noise, step);
                } else if (random.nextInt(4) == 0) {
                    b.forget(0.2, step);
                    r.forget(0.2, step);
                }
                assertThat(b.revision()).as("revision after a change").isGreaterThanOrEqualTo(revision);
                revision = b.revision();
            }
            for (int c = 0; c < cells; c++) {
                if (b.need(c) != r.mean[c] || b.variance(c, step + 1) != r.variance(c, step + 1)
                        || b.lastUpdate(c) != r.observed[c]) {
                    throw new AssertionError("step " + step + ", cell " + c + " (page " + c / Beliefs.PAGE + "): "
                            + b.need(c) + "/" + b.variance(c, step + 1) + "/" + b.lastUpdate(c) + ", filter "
                            + r.mean[c] + "/" + r.variance(c, step + 1) + "/" + r.observed[c]);
                }
            }
            for (int d = 0; d < districts; d++) {
                assertThat(b.threat(d)).as("district " + d).isEqualTo(r.threat[d]);
                assertThat(b.threatVariance(d, step + 1)).as("district " + d)
                        .isEqualTo(Reference.grown(r.threatVariance[d], r.threatAt[d], step + 1, 25 * PRIOR_VARIANCE));
                assertThat(b.knowsThreat(d)).isEqualTo(r.threatAt[d] != Integer.MIN_VALUE);
            }
        }
        assertThat(Arrays.stream(r.observed).filter(t -> t != Integer.MIN_VALUE).count()).as("cells observed")
                .isBetween(200L, (long) cells);
    }

    @Test
    void unobservedCellsReadThePriorOnAPageMadeOrNotAndAcrossPageBoundaries() {
        int page = Beliefs.PAGE;
        Beliefs b = new Beliefs(3 * page, 1, PRIOR, PRIOR_VARIANCE, NOISE);
        b.observe(page, 0.9, 1e-6, 4);
        for (int c : new int[] {0, page - 1, page + 1, 2 * page - 1, 2 * page, 3 * page - 1}) {
            assertThat(b.need(c)).as("cell " + c).isEqualTo(PRIOR);
            assertThat(b.variance(c, 4)).as("cell " + c).isEqualTo(PRIOR_VARIANCE);
            assertThat(b.lastUpdate(c)).as("cell " + c).isEqualTo(Integer.MIN_VALUE);
            assertThat(b.age(c, 4, 24)).as("cell " + c).isEqualTo(24);
        }
        assertThat(b.need(page)).isGreaterThan(0.89);
        b.forget(0.5, 10);
        assertThat(b.need(page + 1)).as("forgetting leaves a never-observed cell at the prior").isEqualTo(PRIOR);
        assertThat(b.variance(page + 1, 10)).isEqualTo(PRIOR_VARIANCE);
        assertThat(b.lastUpdate(page + 1)).isEqualTo(Integer.MIN_VALUE);
    }

    /** Beliefs about a million cells of which one or ten pages are heard of keep only those pages. */
    @Test
    void onlyPagesWithAnObservedCellAreKept() throws IOException {
        int cells = 1 << 20;
        Beliefs one = new Beliefs(cells, 1, PRIOR, PRIOR_VARIANCE, NOISE);
        one.observe(cells / 2, 0.9, 0.01, 0);
        one.observe(cells / 2 + 3, 0.9, 0.01, 0);
        Beliefs ten = new Beliefs(cells, 1, PRIOR, PRIOR_VARIANCE, NOISE);
        for (int p = 0; p < 10; p++) {
            ten.observe(p * 100 * Beliefs.PAGE, 0.9, 0.01, 0);
        }
        long page = 24L * Beliefs.PAGE;
        assertThat(size(one)).as("one page (24 bytes a cell) and the empty page table").isBetween(page, 3 * page);
        assertThat(size(ten)).isBetween(10 * page, 12 * page);
        assertThat(size(new Beliefs(cells, 1, PRIOR, PRIOR_VARIANCE, NOISE))).isLessThan(page);
    }

    private static long size(Beliefs b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(b);
        }
        return bytes.size();
    }
}
