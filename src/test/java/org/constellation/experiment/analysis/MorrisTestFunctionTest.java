package org.constellation.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.constellation.experiment.design.DesignPoint;
import org.constellation.experiment.design.Factor;
import org.constellation.experiment.design.FactorSpace;
import org.constellation.experiment.design.MorrisDesign;
import org.junit.jupiter.api.Test;

/**
 * Morris screening of Morris's (1991, <i>Technometrics</i> 33(2), section 4) 20-factor test function,
 * y = b0 + sum b_i w_i + sum b_ij w_i w_j + sum b_ijl w_i w_j w_l + sum b_ijls w_i w_j w_l w_s, with
 * w_i = 2 (x_i - 1/2), except w_i = 2 (1.1 x_i / (x_i + 0.1) - 1/2) for i = 3, 5, 7; b_i = 20 (i <= 10),
 * b_ij = -15 (i, j <= 6), b_ijl = -10 (i, j, l <= 5), b_ijls = 5 (i, j, l, s <= 4). Morris drew the other
 * first- and second-order coefficients from N(0, 1); here they are the deterministic +-1 of Blatman and
 * Sudret (2010): b_i = (-1)^i for i > 10, b_ij = (-1)^(i+j) otherwise. The published screening result
 * (Morris 1991, Figure 2; Campolongo et al. 2007, section 4; Saltelli et al. 2008, section 3.5): factors
 * 1-10 are important, 11-20 are not; among the important ones, 1-7 act non-linearly or in interactions
 * (large sigma) and 8-10 linearly (small sigma). Beyond the ranking, the mean elementary effect of the
 * linear factors 8-10 has a closed form, 2 (b_i + sum_j b_ij E[w_j]), with E[w_j] = 0 except for the
 * transformed factors 3, 5, 7, averaged over the four grid levels; mu* equals it, since these effects are
 * never negative.
 */
class MorrisTestFunctionTest {

    private static final int K = 20;

    @Test
    void screeningSeparatesTheTenImportantFactorsAndTheirKinds() {
        Factor[] factors = new Factor[K];
        for (int i = 0; i < K; i++) {
            factors[i] = Factor.real("x" + (i + 1), 0, 1);
        }
        MorrisDesign design = MorrisDesign.withSeed(FactorSpace.of(factors), 100, 4, 2024);
        double[] y = design.points().stream().mapToDouble(MorrisTestFunctionTest::morris).toArray();
        List<MorrisIndices> m = MorrisAnalyzer.analyze(design, y);
        double weakestImportant = Double.POSITIVE_INFINITY;
        double strongestNegligible = 0;
        for (int i = 0; i < K; i++) {
            System.out.printf(Locale.ROOT, "Morris x%d: mu* %.2f, sigma %.2f%n", i + 1, m.get(i).muStar(),
                    m.get(i).sigma());
            if (i < 10) {
                weakestImportant = Math.min(weakestImportant, m.get(i).muStar());
            } else {
                strongestNegligible = Math.max(strongestNegligible, m.get(i).muStar());
            }
        }
        assertThat(weakestImportant).as("mu* of factors 1-10 against 11-20").isGreaterThan(3 * strongestNegligible);
        double linearSigma = Math.max(m.get(7).sigma(), Math.max(m.get(8).sigma(), m.get(9).sigma()));
        for (int i = 0; i < 7; i++) {
            assertThat(m.get(i).sigma()).as("sigma of x%d against the linear factors 8-10", i + 1)
                    .isGreaterThan(2 * linearSigma);
        }
        for (int i = 7; i < 10; i++) {
            double expected = expectedLinearEffect(i);
            System.out.printf(Locale.ROOT, "Morris x%d: mu* %.2f, closed form %.2f%n", i + 1, m.get(i).muStar(),
                    expected);
            assertThat(m.get(i).muStar()).as("mu* of x%d, linear", i + 1).isCloseTo(expected, within(3.0));
            assertThat(m.get(i).mu()).isEqualTo(m.get(i).muStar());
        }
    }

    /** 2 (b_i + sum_j b_ij E[w_j]) for a linear factor i (0-based 7, 8, 9). */
    private static double expectedLinearEffect(int i) {
        double sum = first(i);
        for (int j = 0; j < K; j++) {
            if (j != i) {
                double mean = 0;
                for (int level = 0; level < 4; level++) {
                    mean += w(j, level / 3.0) / 4;
                }
                sum += second(i, j) * mean;
            }
        }
        return 2 * sum;
    }

    private static double w(int i, double x) {
        return i == 2 || i == 4 || i == 6 ? 2 * (1.1 * x / (x + 0.1) - 0.5) : 2 * (x - 0.5);
    }

    private static double first(int i) {
        return i < 10 ? 20 : (i + 1) % 2 == 0 ? 1 : -1;
    }

    private static double second(int i, int j) {
        return i < 6 && j < 6 ? -15 : (i + j + 2) % 2 == 0 ? 1 : -1;
    }

    private static double morris(DesignPoint p) {
        double[] w = new double[K];
        for (int i = 0; i < K; i++) {
            w[i] = w(i, p.doubleValue("x" + (i + 1)));
        }
        double y = 0;
        for (int i = 0; i < K; i++) {
            y += first(i) * w[i];
            for (int j = i + 1; j < K; j++) {
                y += second(i, j) * w[i] * w[j];
                for (int l = j + 1; l < 5; l++) {
                    y += -10 * w[i] * w[j] * w[l];
                    for (int s = l + 1; s < 4; s++) {
                        y += 5 * w[i] * w[j] * w[l] * w[s];
                    }
                }
            }
        }
        return y;
    }
}
