package org.constellation.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.constellation.experiment.design.DesignPoint;
import org.constellation.experiment.design.Factor;
import org.constellation.experiment.design.FactorSpace;
import org.constellation.experiment.design.SaltelliDesign;
import org.junit.jupiter.api.Test;

class SobolAnalyzerTest {

    /**
     * Ishigami &amp; Homma (1990) with a = 7, b = 0.1 on [-π, π]^3. Analytic indices (e.g. Saltelli
     * et al. 2008, Primer §4.9 / Sobol' &amp; Levitan 1999): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2,
     * V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = b²π⁸(1/18 - 1/50).
     */
    private static final double[] ISHIGAMI_S1 = {0.3139, 0.4424, 0.0};
    private static final double[] ISHIGAMI_ST = {0.5576, 0.4424, 0.2437};
    /**
     * Absolute tolerance on every index for N = 8192 Sobol' base points. The achieved maximum error
     * is about 0.001 (quasi-Monte Carlo converges faster than the bootstrap's i.i.d. assumption
     * suggests); 0.01 leaves a tenfold margin.
     */
    private static final double TOLERANCE = 0.01;

    private static final FactorSpace ISHIGAMI_SPACE = FactorSpace.of(Factor.real("x1", -Math.PI, Math.PI),
            Factor.real("x2", -Math.PI, Math.PI), Factor.real("x3", -Math.PI, Math.PI));

    private static double ishigami(DesignPoint p) {
        double x1 = p.doubleValue("x1");
        double x2 = p.doubleValue("x2");
        double x3 = p.doubleValue("x3");
        return Math.sin(x1) + 7.0 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static double[] evaluate(SaltelliDesign design, ToDoubleFunction<DesignPoint> model) {
        return design.points().stream().mapToDouble(model).toArray();
    }

    @Test
    void analyticIshigamiIndicesMatchTheDocumentedConstants() {
        double a = 7.0;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        double v1 = Math.pow(1 + b * pi4 / 5, 2) / 2;
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        assertThat(new double[] {v1 / v, v2 / v, 0.0}).containsExactly(ISHIGAMI_S1, within(5e-5));
        assertThat(new double[] {(v1 + v13) / v, v2 / v, v13 / v}).containsExactly(ISHIGAMI_ST, within(5e-5));
    }

    @Test
    void recoversIshigamiIndicesAndBootstrapIntervalsContainTheTruth() {
        SaltelliDesign design = new SaltelliDesign(ISHIGAMI_SPACE, 8192, 0);
        double[] y = evaluate(design, SobolAnalyzerTest::ishigami);
        List<SobolIndices> indices = new SobolAnalyzer(300, 0.95).analyze(design, y, new MersenneTwisterFast(2024));
        assertThat(indices).extracting(SobolIndices::factor).containsExactly("x1", "x2", "x3");
        for (int i = 0; i < 3; i++) {
            SobolIndices s = indices.get(i);
            assertThat(s.s1()).as("S1 of %s", s.factor()).isCloseTo(ISHIGAMI_S1[i], within(TOLERANCE));
            assertThat(s.st()).as("ST of %s", s.factor()).isCloseTo(ISHIGAMI_ST[i], within(TOLERANCE));
            assertThat(ISHIGAMI_S1[i]).as("S1 CI of %s", s.factor()).isBetween(s.s1Low(), s.s1High());
            assertThat(ISHIGAMI_ST[i]).as("ST CI of %s", s.factor()).isBetween(s.stLow(), s.stHigh());
            assertThat(s.s1High() - s.s1Low()).isLessThan(0.1);
            assertThat(s.stHigh() - s.stLow()).isLessThan(0.1);
        }
    }

    @Test
    void shiftingTheOutputByAConstantChangesNoIndexNorInterval() {
        SaltelliDesign design = new SaltelliDesign(ISHIGAMI_SPACE, 1024, 0);
        double[] y = evaluate(design, SobolAnalyzerTest::ishigami);
        double[] shifted = y.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 1000;
        }
        List<SobolIndices> base = new SobolAnalyzer(100, 0.95).analyze(design, y, new MersenneTwisterFast(7));
        List<SobolIndices> far = new SobolAnalyzer(100, 0.95).analyze(design, shifted, new MersenneTwisterFast(7));
        for (int i = 0; i < 3; i++) {
            assertThat(far.get(i).s1()).isCloseTo(base.get(i).s1(), within(1e-9));
            assertThat(far.get(i).s1High() - far.get(i).s1Low()).isCloseTo(base.get(i).s1High() - base.get(i).s1Low(),
                    within(1e-9));
            assertThat(far.get(i).s1High() - far.get(i).s1Low()).isLessThan(0.3);
        }
    }

    @Test
    void additiveLinearModelGivesVarianceShares() {
        // y = x1 + 2 x2 with x uniform on [0,1]: Var = 1/12 + 4/12, so S = ST = (0.2, 0.8).
        FactorSpace space = FactorSpace.of(Factor.real("x1", 0, 1), Factor.real("x2", 0, 1));
        SaltelliDesign design = new SaltelliDesign(space, 1024, 0);
        double[] y = evaluate(design, p -> p.doubleValue("x1") + 2 * p.doubleValue("x2"));
        List<SobolIndices> s = new SobolAnalyzer(0, 0.95).analyze(design, y, new MersenneTwisterFast(1));
        assertThat(s.get(0).s1()).isCloseTo(0.2, within(0.01));
        assertThat(s.get(1).s1()).isCloseTo(0.8, within(0.01));
        assertThat(s.get(0).st()).isCloseTo(0.2, within(0.01));
        assertThat(s.get(1).st()).isCloseTo(0.8, within(0.01));
        assertThat(s.get(0).s1Low()).isNaN();
    }

    @Test
    void bootstrapIsReproducibleForTheSameSeed() {
        SaltelliDesign design = new SaltelliDesign(ISHIGAMI_SPACE, 256, 0);
        double[] y = evaluate(design, SobolAnalyzerTest::ishigami);
        SobolAnalyzer analyzer = new SobolAnalyzer(50, 0.9);
        assertThat(analyzer.analyze(design, y, new MersenneTwisterFast(5)))
                .isEqualTo(analyzer.analyze(design, y, new MersenneTwisterFast(5)))
                .isNotEqualTo(analyzer.analyze(design, y, new MersenneTwisterFast(6)));
    }

    @Test
    void constantOutputGivesNaNIndices() {
        SaltelliDesign design = new SaltelliDesign(ISHIGAMI_SPACE, 16, 0);
        List<SobolIndices> s = new SobolAnalyzer(10, 0.95).analyze(design, new double[design.size()], new MersenneTwisterFast(1));
        assertThat(s).allSatisfy(i -> {
            assertThat(i.s1()).isNaN();
            assertThat(i.st()).isNaN();
            assertThat(i.s1Low()).isNaN();
        });
    }

    @Test
    void outputsNotInSaltelliLayoutAreRejected() {
        assertThatThrownBy(() -> new SobolAnalyzer(0, 0.95).analyze(List.of("a", "b"), new double[7], new MersenneTwisterFast(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentileUsesLinearInterpolationBetweenOrderStatistics() {
        assertThat(SobolAnalyzer.quantile(new double[] {4, 1, 3, 2}, 0.5)).isEqualTo(2.5);
        assertThat(SobolAnalyzer.quantile(new double[] {4, 1, 3, 2}, 0.0)).isEqualTo(1.0);
        assertThat(SobolAnalyzer.quantile(new double[] {4, 1, 3, 2}, 1.0)).isEqualTo(4.0);
        assertThat(SobolAnalyzer.quantile(new double[] {1, Double.NaN}, 0.5)).isNaN();
    }
}
