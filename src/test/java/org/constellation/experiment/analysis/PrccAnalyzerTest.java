package org.constellation.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.constellation.experiment.design.Factor;
import org.constellation.experiment.design.FactorSpace;
import org.constellation.experiment.design.LatinHypercubeDesign;
import org.junit.jupiter.api.Test;

class PrccAnalyzerTest {

    private static final FactorSpace SPACE = FactorSpace.of(Factor.real("x1", 0, 1), Factor.real("x2", 0, 1),
            Factor.real("x3", 0, 1), Factor.categorical("mode", "a", "b"));

    /**
     * y = exp(2 x1) - 5 x2³ is increasing in x1, decreasing in x2 and ignores x3. The PRCC of x1 and
     * x2 stays below 1 in magnitude because rank(y) is monotone but not additive in the ranks; over
     * 200 seeds (n = 200) it was at least 0.91 for x1, at most -0.85 for x2, and |PRCC(x3)| at most
     * 0.24 (its standard error is about 1/√n ≈ 0.07), so the thresholds below are not seed-tuned.
     */
    @Test
    void findsSignOfMonotoneFactorsAndNearZeroForAnIrrelevantOne() {
        LatinHypercubeDesign design = LatinHypercubeDesign.withSeed(SPACE, 200, 17);
        double[] y = design.points().stream()
                .mapToDouble(p -> Math.exp(2 * p.doubleValue("x1")) - 5 * Math.pow(p.doubleValue("x2"), 3)).toArray();
        List<PrccResult> r = PrccAnalyzer.analyze(design, y);
        assertThat(r).extracting(PrccResult::factor).containsExactly("x1", "x2", "x3");
        assertThat(r.get(0).prcc()).isGreaterThan(0.8);
        assertThat(r.get(1).prcc()).isLessThan(-0.8);
        assertThat(r.get(2).prcc()).isBetween(-0.3, 0.3);
        assertThat(r.get(2).pValue()).isGreaterThan(r.get(0).pValue());
        assertThat(r.get(0).pValue()).isLessThan(1e-10);
        assertThat(r.get(1).pValue()).isLessThan(1e-10);
        assertThat(r.get(2).degreesOfFreedom()).isEqualTo(200 - 2 - 2);
    }

    @Test
    void agreesWithPartialCorrelationFromTheInverseRankCorrelationMatrix() {
        MersenneTwisterFast rng = new MersenneTwisterFast(8);
        int n = 60;
        double[][] data = new double[n][4];
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = Math.floor(rng.nextDouble() * 5); // many ties
            x[i][2] = x[i][0] + rng.nextGaussian(); // correlated with x1
            y[i] = x[i][0] - 0.5 * x[i][1] + 0.3 * rng.nextGaussian();
            System.arraycopy(x[i], 0, data[i], 0, 3);
            data[i][3] = y[i];
        }
        RealMatrix ranks = MatrixUtils.createRealMatrix(data);
        NaturalRanking ranking = new NaturalRanking();
        for (int c = 0; c < 4; c++) {
            ranks.setColumn(c, ranking.rank(ranks.getColumn(c)));
        }
        RealMatrix p = new LUDecomposition(new PearsonsCorrelation(ranks).getCorrelationMatrix()).getSolver().getInverse();
        List<PrccResult> r = PrccAnalyzer.analyze(List.of("a", "b", "c"), x, y);
        for (int j = 0; j < 3; j++) {
            double expected = -p.getEntry(j, 3) / Math.sqrt(p.getEntry(j, j) * p.getEntry(3, 3));
            assertThat(r.get(j).prcc()).isCloseTo(expected, within(1e-10));
        }
    }

    @Test
    void singleFactorReducesToSpearmanWithTiesAndItsPearsonPValue() {
        double[] x = {1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 8};
        double[] y = {2, 1, 4, 3, 3, 6, 5, 8, 7, 7, 9, 12};
        double[][] col = new double[x.length][1];
        for (int i = 0; i < x.length; i++) {
            col[i][0] = x[i];
        }
        PrccResult r = PrccAnalyzer.analyze(List.of("x"), col, y).get(0);
        assertThat(r.prcc()).isCloseTo(new SpearmansCorrelation().correlation(x, y), within(1e-12));
        NaturalRanking ranking = new NaturalRanking();
        double[][] ranked = new double[x.length][2];
        double[] rx = ranking.rank(x);
        double[] ry = ranking.rank(y);
        for (int i = 0; i < x.length; i++) {
            ranked[i][0] = rx[i];
            ranked[i][1] = ry[i];
        }
        double pearsonP = new PearsonsCorrelation(ranked).getCorrelationPValues().getEntry(0, 1);
        assertThat(r.pValue()).isCloseTo(pearsonP, within(1e-9));
        assertThat(r.degreesOfFreedom()).isEqualTo(x.length - 2);
    }

    @Test
    void constantOutputGivesNaN() {
        LatinHypercubeDesign design = LatinHypercubeDesign.withSeed(SPACE, 30, 1);
        assertThat(PrccAnalyzer.analyze(design, new double[30])).allSatisfy(r -> {
            assertThat(r.prcc()).isNaN();
            assertThat(r.pValue()).isNaN();
        });
    }

    @Test
    void constantFactorGivesNaNWithoutSpoilingTheOthers() {
        MersenneTwisterFast rng = new MersenneTwisterFast(3);
        double[][] x = new double[40][2];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = 7.0;
            y[i] = x[i][0] + 0.1 * rng.nextDouble();
        }
        List<PrccResult> r = PrccAnalyzer.analyze(List.of("a", "constant"), x, y);
        assertThat(r.get(0).prcc()).isGreaterThan(0.9);
        assertThat(r.get(1).prcc()).isNaN();
        assertThat(r.get(1).pValue()).isNaN();
    }

    @Test
    void tooFewRunsForTheDegreesOfFreedomGiveNaNPValue() {
        double[][] x = {{1, 3}, {2, 1}, {3, 2}};
        PrccResult r = PrccAnalyzer.analyze(List.of("a", "b"), x, new double[] {1, 2, 4}).get(0);
        assertThat(r.degreesOfFreedom()).isZero();
        assertThat(r.pValue()).isNaN();
    }
}
