package org.constellation.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.constellation.experiment.design.DesignPoint;
import org.constellation.experiment.design.Factor;
import org.constellation.experiment.design.FactorSpace;
import org.constellation.experiment.design.MorrisDesign;
import org.junit.jupiter.api.Test;

/**
 * Test function y = 10 x1 + 5 x2 + 0 x3 + 6 x4 x5 + 4 x6² on [0,1]^6 with p = 4 (Δ = 2/3). Its
 * elementary effects are known in closed form: x1, x2, x3 are linear and additive, so every effect
 * equals the slope (10, 5, 0) and σ = 0 exactly; x4 and x5 interact, EE_4 = 6 x5 (x5 on the grid,
 * mean ≈ 3), so σ &gt; 0; x6 is non-linear, EE_6 = 4 (2 x6 + Δ) ∈ {8/3, 16/3}, so σ &gt; 0. Hence the
 * μ* ranking is x1 &gt; x2 &gt; {x4, x5, x6} &gt; x3 and only x4, x5, x6 show σ &gt; 0.
 */
class MorrisAnalyzerTest {

    private static final FactorSpace SPACE = FactorSpace.of(Factor.real("x1", 0, 1), Factor.real("x2", 0, 1),
            Factor.real("x3", 0, 1), Factor.real("x4", 0, 1), Factor.real("x5", 0, 1), Factor.real("x6", 0, 1));

    private static double model(DesignPoint p) {
        double x6 = p.doubleValue("x6");
        return 10 * p.doubleValue("x1") + 5 * p.doubleValue("x2") + 6 * p.doubleValue("x4") * p.doubleValue("x5")
                + 4 * x6 * x6;
    }

    private static List<MorrisIndices> analyze(int r, long seed) {
        MorrisDesign design = MorrisDesign.withSeed(SPACE, r, 4, seed);
        double[] y = design.points().stream().mapToDouble(MorrisAnalyzerTest::model).toArray();
        return MorrisAnalyzer.analyze(design, y);
    }

    @Test
    void linearFactorsHaveTheirSlopeAsEveryEffectAndZeroSigma() {
        List<MorrisIndices> m = analyze(40, 1);
        double[] slope = {10, 5, 0};
        for (int i = 0; i < 3; i++) {
            assertThat(m.get(i).mu()).isCloseTo(slope[i], within(1e-9));
            assertThat(m.get(i).muStar()).isCloseTo(slope[i], within(1e-9));
            assertThat(m.get(i).sigma()).isCloseTo(0.0, within(1e-9));
            assertThat(m.get(i).effects()).isEqualTo(40);
        }
    }

    @Test
    void muStarRanksFactorsByKnownImportance() {
        List<MorrisIndices> m = analyze(40, 2);
        double weakestOfMiddle = Math.min(m.get(3).muStar(), Math.min(m.get(4).muStar(), m.get(5).muStar()));
        double strongestOfMiddle = Math.max(m.get(3).muStar(), Math.max(m.get(4).muStar(), m.get(5).muStar()));
        assertThat(m.get(0).muStar()).isGreaterThan(m.get(1).muStar());
        assertThat(m.get(1).muStar()).isGreaterThan(strongestOfMiddle);
        assertThat(weakestOfMiddle).isGreaterThan(m.get(2).muStar() + 1.0);
    }

    @Test
    void sigmaFlagsInteractingAndNonLinearFactorsOnly() {
        List<MorrisIndices> m = analyze(40, 3);
        for (int i = 3; i < 6; i++) {
            assertThat(m.get(i).sigma()).as("sigma of %s", m.get(i).factor()).isGreaterThan(0.5);
        }
        assertThat(m.get(5).muStar()).isBetween(8.0 / 3, 16.0 / 3);
    }

    @Test
    void decreasingFactorHasNegativeMuAndPositiveMuStar() {
        MorrisDesign design = MorrisDesign.withSeed(FactorSpace.of(Factor.real("a", 0, 2), Factor.real("b", 0, 1)), 10, 4, 4);
        double[] y = design.points().stream().mapToDouble(p -> -3 * p.doubleValue("a") + p.doubleValue("b")).toArray();
        MorrisIndices a = MorrisAnalyzer.analyze(design, y).get(0);
        // effects are per unit of the normalised range: slope -3 times range 2
        assertThat(a.mu()).isCloseTo(-6.0, within(1e-9));
        assertThat(a.muStar()).isCloseTo(6.0, within(1e-9));
    }
}
