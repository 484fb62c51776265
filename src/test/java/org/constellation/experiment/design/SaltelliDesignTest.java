package org.constellation.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaltelliDesignTest {

    private static final FactorSpace SPACE = FactorSpace.of(Factor.real("a", 0, 1), Factor.real("b", -5, 5),
            Factor.integer("c", 0, 9));

    @Test
    void hasNTimesKPlusTwoRows() {
        SaltelliDesign design = new SaltelliDesign(SPACE, 64, 0);
        assertThat(design.size()).isEqualTo(64 * (3 + 2));
        assertThat(design.unitSample()).hasNumberOfRows(64 * 5);
        assertThat(design.baseSamples()).isEqualTo(64);
    }

    @Test
    void eachBlockIsAThenAbForEachFactorThenB() {
        SaltelliDesign design = new SaltelliDesign(SPACE, 32, 3);
        double[][] u = design.unitSample();
        int k = 3;
        for (int j = 0; j < 32; j++) {
            assertThat(design.rowOfA(j)).isEqualTo(j * (k + 2));
            assertThat(design.rowOfB(j)).isEqualTo(j * (k + 2) + k + 1);
            double[] a = u[design.rowOfA(j)];
            double[] b = u[design.rowOfB(j)];
            for (int i = 0; i < k; i++) {
                assertThat(design.rowOfAB(j, i)).isEqualTo(j * (k + 2) + 1 + i);
                double[] ab = u[design.rowOfAB(j, i)];
                for (int d = 0; d < k; d++) {
                    assertThat(ab[d]).isEqualTo(d == i ? b[d] : a[d]);
                }
            }
        }
    }

    @Test
    void baseSampleSkipsTheOriginAndFollowsTheSobolSequence() {
        double[][] u = new SaltelliDesign(SPACE, 4, 0).unitSample();
        // Sobol' points 1 and 2 of any dimension: (1/2, ..., 1/2) and (3/4, 1/4, ..., 1/4).
        assertThat(u[0]).containsExactly(0.5, 0.5, 0.5);
        assertThat(u[4]).containsExactly(0.5, 0.5, 0.5);
        assertThat(u[5]).containsExactly(0.75, 0.25, 0.25);
        double[][] skipped = new SaltelliDesign(SPACE, 4, 1).unitSample();
        assertThat(skipped[0]).containsExactly(0.75, 0.25, 0.25);
    }

    @Test
    void sameSkipGivesIdenticalDesignAndDifferentSkipDiffers() {
        assertThat(new SaltelliDesign(SPACE, 16, 5).points()).isEqualTo(new SaltelliDesign(SPACE, 16, 5).points());
        assertThat(new SaltelliDesign(SPACE, 16, 5).points()).isNotEqualTo(new SaltelliDesign(SPACE, 16, 6).points());
    }

    @Test
    void rejectsInvalidSizes() {
        assertThatThrownBy(() -> new SaltelliDesign(SPACE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SaltelliDesign(SPACE, 8, -1)).isInstanceOf(IllegalArgumentException.class);
        List<Factor> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(Factor.real("x" + i, 0, 1));
        }
        assertThatThrownBy(() -> new SaltelliDesign(new FactorSpace(many), 8, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
