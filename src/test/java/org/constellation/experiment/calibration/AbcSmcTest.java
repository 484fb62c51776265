package org.constellation.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * ABC-SMC on toy models whose ABC posterior is known in closed form. With a Gaussian observation
 * y ~ N(mu(theta), 1), a uniform prior and the acceptance rule |y - y_obs| <= epsilon, the ABC posterior is
 * the prior times P(|y - y_obs| <= epsilon | theta) (Pritchard et al. 1999; Wilkinson 2013): tests compare
 * the weighted final population with it at the final tolerance, so errors in the weights or the kernel
 * show up as a biased mean, variance or distribution function.
 */
class AbcSmcTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * theta ~ U(-1, 5), y ~ N(theta, 1), y_obs = 0, near the prior's lower bound, so the kernel keeps
     * proposing outside the prior: the posterior at tolerance e is proportional to
     * Phi(e - theta) - Phi(-e - theta) on [-1, 5], truncated at -1. Its mean, standard deviation and
     * distribution function are integrated numerically and compared with the weighted population's,
     * within 4 Monte Carlo standard errors for an effective sample size of at least 400.
     */
    @Test
    void oneParameterNearThePriorBoundMatchesTheExactAbcPosterior() throws Exception {
        CalibrationSpec spec = ToyModels.spec(List.of(ToyModels.uniform("theta", -1, 5)), new double[] {0},
                ToyModels.smc(1000, 20, "componentwise", 0.25));
        CalibrationResult r = new AbcSmc(spec, ToyModels.gaussian((v, t) -> v[0], 1), CalibrationListener.NONE).run();
        double e = r.generations().get(r.generations().size() - 1).tolerance();
        assertThat(e).as("final tolerance").isEqualTo(0.25);
        assertThat(r.stop()).contains("final tolerance");
        Population p = r.posterior();
        assertThat(p.ess()).isGreaterThan(400);
        double[] exact = exactMoments(-1, 5, e);
        double[] theta = p.column(0);
        double mean = 0;
        for (int i = 0; i < theta.length; i++) {
            mean += p.weights()[i] * theta[i];
        }
        double variance = 0;
        for (int i = 0; i < theta.length; i++) {
            variance += p.weights()[i] * (theta[i] - mean) * (theta[i] - mean);
        }
        double se = exact[1] / Math.sqrt(p.ess());
        assertThat(mean).as("posterior mean, exact %s", exact[0]).isCloseTo(exact[0], within(4 * se));
        assertThat(Math.sqrt(variance)).as("posterior sd, exact %s", exact[1]).isCloseTo(exact[1],
                within(4 * exact[1] / Math.sqrt(2 * p.ess())));
        for (double x : new double[] {-0.5, 0, 0.5, 1, 1.5}) {
            double cdf = 0;
            for (int i = 0; i < theta.length; i++) {
                cdf += theta[i] <= x ? p.weights()[i] : 0;
            }
            assertThat(cdf).as("P(theta <= %s)", x).isCloseTo(exactCdf(-1, 5, e, x), within(0.05));
        }
    }

    /**
     * A log-uniform prior works on the logarithm: theta log-uniform on [e^-1, e^5] with y ~ N(ln theta, 1) is the
     * first test on z = ln theta, so ln theta must follow the same exact ABC posterior.
     */
    @Test
    void aLogUniformPriorIsUniformOnTheLogarithm() throws Exception {
        CalibratedParameter theta = new CalibratedParameter("theta", "parameters.theta",
                CalibratedParameter.Prior.LOG_UNIFORM, Math.exp(-1), Math.exp(5), false, List.of());
        CalibrationSpec spec = ToyModels.spec(List.of(theta), new double[] {0},
                ToyModels.smc(1000, 20, "componentwise", 0.25));
        CalibrationResult r = new AbcSmc(spec, ToyModels.gaussian((v, t) -> Math.log(v[0]), 1),
                CalibrationListener.NONE).run();
        Population p = r.posterior();
        double[] exact = exactMoments(-1, 5, 0.25);
        double mean = 0;
        double second = 0;
        for (int i = 0; i < p.size(); i++) {
            double z = Math.log(p.values()[i][0]);
            mean += p.weights()[i] * z;
            second += p.weights()[i] * z * z;
        }
        double sd = Math.sqrt(second - mean * mean);
        assertThat(mean).as("mean of ln theta, exact %s", exact[0]).isCloseTo(exact[0],
                within(4 * exact[1] / Math.sqrt(p.ess())));
        assertThat(sd).as("sd of ln theta, exact %s", exact[1]).isCloseTo(exact[1],
                within(4 * exact[1] / Math.sqrt(2 * p.ess())));
    }

    /**
     * Two correlated parameters: y1 ~ N(a + b, 1), y2 ~ N(a, 1), observed (3, 1), priors U(-10, 10). As the
     * tolerance goes to 0 the posterior is Gaussian with mean (1, 2), variances (1, 2) and correlation
     * -1/sqrt(2); the Euclidean tolerance e adds e^2/4 to the variance of each observation. The
     * multivariate kernel must follow the correlation and the weights must undo the kernel.
     */
    @Test
    void twoCorrelatedParametersMatchTheGaussianPosterior() throws Exception {
        CalibrationSpec spec = ToyModels.spec(List.of(ToyModels.uniform("a", -10, 10), ToyModels.uniform("b", -10, 10)),
                new double[] {3, 1}, ToyModels.smc(1000, 25, "multivariate", 0.3));
        CalibrationResult r = new AbcSmc(spec, ToyModels.gaussian((v, t) -> t == 0 ? v[0] + v[1] : v[0], 2),
                CalibrationListener.NONE).run();
        Population p = r.posterior();
        double e = r.generations().get(r.generations().size() - 1).tolerance();
        double inflation = e * e / 4;
        double[][] cov = Weighted.covariance(p.values(), p.weights());
        double[] mean = Weighted.mean(p.values(), p.weights());
        double ess = p.ess();
        assertThat(ess).isGreaterThan(300);
        assertThat(mean[0]).isCloseTo(1, within(4 * Math.sqrt(1 / ess)));
        assertThat(mean[1]).isCloseTo(2, within(4 * Math.sqrt(2 / ess)));
        assertThat(cov[0][0]).isCloseTo(1 + inflation, within(4 * (1 + inflation) * Math.sqrt(2 / ess)));
        assertThat(cov[1][1]).isCloseTo(2 + 2 * inflation, within(4 * (2 + 2 * inflation) * Math.sqrt(2 / ess)));
        double corr = Weighted.correlation(cov)[0][1];
        assertThat(corr).isCloseTo(-Math.sqrt(0.5), within(4 * 0.5 / Math.sqrt(ess)));
    }

    @Test
    void tolerancesDecreaseAndEveryGenerationIsRecorded() throws Exception {
        CalibrationSpec spec = ToyModels.spec(List.of(ToyModels.uniform("theta", -5, 5)), new double[] {1},
                ToyModels.smc(200, 5, "multivariate", 0));
        CalibrationResult r = new AbcSmc(spec, ToyModels.gaussian((v, t) -> v[0], 1), CalibrationListener.NONE).run();
        assertThat(r.generations()).hasSize(5);
        for (int g = 2; g < 5; g++) {
            assertThat(r.generations().get(g).tolerance()).isLessThan(r.generations().get(g - 1).tolerance());
        }
        long accepted = r.particles().stream().filter(Evaluated::accepted).count();
        assertThat(accepted).isEqualTo(5 * 200);
        assertThat(r.particles()).hasSize((int) r.generations().stream().mapToLong(GenerationRecord::proposed).sum());
        assertThat(r.stop()).contains("last generation");
    }

    @Test
    void aBudgetTooSmallLeavesTheLastCompleteGenerationAsThePosterior() throws Exception {
        Method tight = new Method(Method.SMC, 1, 100, 10, 0.5, "multivariate", 0, 450, 0, 0, 0);
        CalibrationSpec spec = ToyModels.spec(List.of(ToyModels.uniform("theta", -5, 5)), new double[] {1}, tight);
        CalibrationResult r = new AbcSmc(spec, ToyModels.gaussian((v, t) -> v[0], 1), CalibrationListener.NONE).run();
        assertThat(r.stop()).contains("budget");
        GenerationRecord last = r.generations().get(r.generations().size() - 1);
        assertThat(last.complete()).isFalse();
        assertThat(r.posterior().generation()).isEqualTo(r.generations().size() - 2);
        assertThat(r.generations().stream().mapToLong(GenerationRecord::proposed).sum()).isLessThanOrEqualTo(450);
    }

    /** Mean and standard deviation of the exact ABC posterior, by the midpoint rule. */
    private static double[] exactMoments(double lo, double hi, double e) {
        int n = 20_000;
        double h = (hi - lo) / n;
        double mass = 0;
        double first = 0;
        double second = 0;
        for (int i = 0; i < n; i++) {
            double x = lo + (i + 0.5) * h;
            double d = density(x, e) * h;
            mass += d;
            first += x * d;
            second += x * x * d;
        }
        double mean = first / mass;
        return new double[] {mean, Math.sqrt(second / mass - mean * mean)};
    }

    private static double exactCdf(double lo, double hi, double e, double at) {
        int n = 20_000;
        double h = (hi - lo) / n;
        double mass = 0;
        double below = 0;
        for (int i = 0; i < n; i++) {
            double x = lo + (i + 0.5) * h;
            double d = density(x, e);
            mass += d;
            below += x <= at ? d : 0;
        }
        return below / mass;
    }

    private static double density(double theta, double e) {
        return NORMAL.cumulativeProbability(e - theta) - NORMAL.cumulativeProbability(-e - theta);
    }
}
