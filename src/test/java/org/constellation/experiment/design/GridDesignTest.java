package org.constellation.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridDesignTest {

    @Test
    void pointCountIsTheProductOfPerFactorValueCounts() {
        FactorSpace space = FactorSpace.of(Factor.real("x", 0, 1), Factor.integer("n", 0, 10),
                Factor.categorical("c", "a", "b"));
        GridDesign grid = new GridDesign(space, 3);
        assertThat(grid.size()).isEqualTo(3 * 3 * 2);
        assertThat(grid.valuesOf(1)).containsExactly(0L, 5L, 10L);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.points().get(i).index()).isEqualTo(i);
        }
    }

    @Test
    void lastFactorVariesFastest() {
        FactorSpace space = FactorSpace.of(Factor.real("x", 0, 1), Factor.categorical("c", "a", "b", "z"));
        List<List<Object>> rows = new GridDesign(space, 2).points().stream().map(DesignPoint::values).toList();
        assertThat(rows).containsExactly(
                List.of(0.0, "a"), List.of(0.0, "b"), List.of(0.0, "z"),
                List.of(1.0, "a"), List.of(1.0, "b"), List.of(1.0, "z"));
    }

    @Test
    void numericFactorsGetEvenlySpacedLevelsIncludingBothEnds() {
        GridDesign grid = new GridDesign(FactorSpace.of(Factor.real("x", 10, 20)), 5);
        assertThat(grid.points().stream().map(p -> p.get(0)).toList()).containsExactly(10.0, 12.5, 15.0, 17.5, 20.0);
    }

    @Test
    void integerFactorsWithFewerValuesThanLevelsUseEachValueOnce() {
        GridDesign grid = new GridDesign(FactorSpace.of(Factor.integer("i", 0, 2), Factor.real("x", 0, 1)), 5);
        assertThat(grid.valuesOf(0)).containsExactly(0L, 1L, 2L);
        assertThat(grid.size()).isEqualTo(15);
    }

    @Test
    void fewerThanTwoLevelsIsRejected() {
        assertThatThrownBy(() -> new GridDesign(FactorSpace.of(Factor.real("x", 0, 1)), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
