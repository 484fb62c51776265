package org.constellation.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MorrisDesignTest {

    private static final FactorSpace SPACE = FactorSpace.of(Factor.real("a", 0, 1), Factor.real("b", 10, 20),
            Factor.integer("c", 0, 3), Factor.categorical("d", "w", "x", "y", "z"));

    @Test
    void consecutivePointsDifferInExactlyTheRecordedFactorBySignedDelta() {
        MorrisDesign design = MorrisDesign.withSeed(SPACE, 25, 4, 11);
        double[][] u = design.unitSample();
        int k = SPACE.size();
        double delta = 4.0 / (2.0 * 3.0);
        assertThat(design.delta()).isEqualTo(delta);
        assertThat(design.size()).isEqualTo(25 * (k + 1));
        for (int t = 0; t < 25; t++) {
            boolean[] moved = new boolean[k];
            for (int s = 1; s <= k; s++) {
                double[] before = u[design.rowIndex(t, s - 1)];
                double[] after = u[design.rowIndex(t, s)];
                int f = design.changedFactor(t, s);
                assertThat(moved[f]).as("factor moved twice in a trajectory").isFalse();
                moved[f] = true;
                for (int d = 0; d < k; d++) {
                    double expected = d == f ? design.direction(t, s) * delta : 0.0;
                    assertThat(after[d] - before[d]).isCloseTo(expected, within(1e-12));
                }
            }
        }
    }

    @Test
    void allPointsLieOnThePLevelGridAndMapThroughGridValues() {
        MorrisDesign design = MorrisDesign.withSeed(SPACE, 30, 4, 5);
        double[][] u = design.unitSample();
        for (int i = 0; i < u.length; i++) {
            for (int d = 0; d < SPACE.size(); d++) {
                double level = u[i][d] * 3;
                assertThat(level).isBetween(0.0, 3.0).isCloseTo(Math.rint(level), within(1e-12));
                assertThat(design.points().get(i).get(d)).isEqualTo(SPACE.factor(d).gridValue((int) Math.rint(level), 4));
            }
            assertThat((Double) design.points().get(i).get("b")).isCloseTo(10 + 10 * u[i][1], within(1e-9));
        }
    }

    @Test
    void bothDirectionsAndAllStartLevelsOccur() {
        MorrisDesign design = MorrisDesign.withSeed(SPACE, 40, 6, 9);
        boolean up = false;
        boolean down = false;
        for (int t = 0; t < 40; t++) {
            up |= design.direction(t, 1) > 0;
            down |= design.direction(t, 1) < 0;
        }
        assertThat(up).isTrue();
        assertThat(down).isTrue();
    }

    @Test
    void sameSeedGivesIdenticalDesignAndDifferentSeedsDiffer() {
        assertThat(MorrisDesign.withSeed(SPACE, 10, 4, 1).points()).isEqualTo(MorrisDesign.withSeed(SPACE, 10, 4, 1).points());
        assertThat(MorrisDesign.withSeed(SPACE, 10, 4, 1).points()).isNotEqualTo(MorrisDesign.withSeed(SPACE, 10, 4, 2).points());
    }

    @Test
    void oddLevelCountsAreRejected() {
        assertThatThrownBy(() -> MorrisDesign.withSeed(SPACE, 10, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MorrisDesign.withSeed(SPACE, 0, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
