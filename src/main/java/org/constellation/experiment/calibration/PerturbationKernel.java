package org.constellation.experiment.calibration;

import ec.util.MersenneTwisterFast;

/**
 * The Gaussian perturbation kernel of ABC-SMC, fitted to the last population: covariance twice its
 * weighted covariance (multivariate; Filippi et al. 2013 show it close to optimal) or twice each
 * weighted variance with no correlation (componentwise; Beaumont et al. 2009). A new particle is one
 * of the last population drawn by weight and moved by the kernel, drawn again (ancestor and move) until
 * it lies inside the prior's support: the proposal density is then proportional to
 * {@code sum_j W_j K(z | z_j)} on the support, so the importance weight {@code prior(z) / sum_j W_j K(z | z_j)}
 * needs no truncation correction (Toni et al. 2009).
 */
final class PerturbationKernel {

    private static final int ATTEMPTS = 100_000;

    private final Population from;
    private final double[][] lower;
    private final double[] cumulative;

    private PerturbationKernel(Population from, double[][] lower) {
        this.from = from;
        this.lower = lower;
        this.cumulative = new double[from.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += from.weights()[i];
            cumulative[i] = sum;
        }
    }

    /**
     * The kernel of a population.
     *
     * @param widths the width of each parameter's working space, to keep the kernel proper when a
     *        parameter has collapsed to one value
     */
    static PerturbationKernel fit(Population from, boolean multivariate, double[] widths) {
        double[][] c = Weighted.covariance(from.working(), from.weights());
        int k = c.length;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                c[a][b] = a == b || multivariate ? 2 * c[a][b] : 0;
            }
            c[a][a] = Math.max(c[a][a], Math.pow(1e-6 * widths[a], 2));
        }
        return new PerturbationKernel(from, cholesky(c));
    }

    /** Proposes {@code n} particles inside the support given by the parameters. */
    double[][] propose(MersenneTwisterFast rng, int n, CalibratedParameter[] parameters) throws CalibrationException {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = proposeOne(rng, parameters);
        }
        return out;
    }

    private double[] proposeOne(MersenneTwisterFast rng, CalibratedParameter[] parameters) throws CalibrationException {
        int k = parameters.length;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            double[] mu = from.working()[ancestor(rng.nextDouble())];
            double[] n = new double[k];
            for (int d = 0; d < k; d++) {
                n[d] = rng.nextGaussian();
            }
            double[] z = new double[k];
            boolean inside = true;
            for (int a = 0; a < k; a++) {
                double v = mu[a];
                for (int b = 0; b <= a; b++) {
                    v += lower[a][b] * n[b];
                }
                z[a] = v;
                inside &= parameters[a].inside(v);
            }
            if (inside) {
                return z;
            }
        }
        throw new CalibrationException("the perturbation kernel proposed " + ATTEMPTS + " particles outside the prior "
                + "in a row; widen the priors");
    }

    private int ancestor(double u) {
        double target = u * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /**
     * Unnormalised importance weights of new particles: {@code 1 / sum_j W_j K(z_i | z_j)}, computed
     * in logarithms (log-sum-exp) so that distant particles do not underflow; every prior is uniform on
     * the working space, so the prior density is a constant and cancels once weights are normalised.
     */
    double[] weights(double[][] particles) {
        double[] logs = new double[particles.length];
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < particles.length; i++) {
            logs[i] = -logMixture(particles[i]);
            best = Math.max(best, logs[i]);
        }
        double[] w = new double[particles.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(logs[i] - best);
        }
        return w;
    }

    private double logMixture(double[] z) {
        int n = from.size();
        double[] terms = new double[n];
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            terms[j] = Math.log(from.weights()[j]) - 0.5 * mahalanobis(z, from.working()[j]);
            best = Math.max(best, terms[j]);
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - best);
        }
        return best + Math.log(sum);
    }

    /** {@code |L^-1 (z - mu)|^2} by forward substitution. */
    private double mahalanobis(double[] z, double[] mu) {
        int k = z.length;
        double[] y = new double[k];
        double total = 0;
        for (int a = 0; a < k; a++) {
            double v = z[a] - mu[a];
            for (int b = 0; b < a; b++) {
                v -= lower[a][b] * y[b];
            }
            y[a] = v / lower[a][a];
            total += y[a] * y[a];
        }
        return total;
    }

    /** Lower Cholesky factor of a symmetric positive definite matrix, with diagonal jitter if it is not. */
    static double[][] cholesky(double[][] c) {
        int k = c.length;
        double jitter = 0;
        while (true) {
            double[][] l = new double[k][k];
            boolean ok = true;
            for (int a = 0; a < k && ok; a++) {
                for (int b = 0; b <= a; b++) {
                    double v = c[a][b] + (a == b ? jitter : 0);
                    for (int m = 0; m < b; m++) {
                        v -= l[a][m] * l[b][m];
                    }
                    if (a == b) {
                        ok = v > 0;
                        l[a][a] = ok ? Math.sqrt(v) : 0;
                    } else {
                        l[a][b] = v / l[b][b];
                    }
                }
            }
            if (ok) {
                return l;
            }
            jitter = jitter == 0 ? 1e-12 * trace(c) / k : jitter * 10;
        }
    }

    private static double trace(double[][] c) {
        double t = 0;
        for (int a = 0; a < c.length; a++) {
            t += c[a][a];
        }
        return t;
    }
}
