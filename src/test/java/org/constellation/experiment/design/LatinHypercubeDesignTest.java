package org.constellation.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LatinHypercubeDesignTest {

    private static FactorSpace realSpace(int k) {
        List<Factor> factors = new ArrayList<>();
        for (int d = 0; d < k; d++) {
            factors.add(Factor.real("x" + d, -1.0 - d, 3.0 + d));
        }
        return new FactorSpace(factors);
    }

    @Test
    void everyStratumOfEveryDimensionHoldsExactlyOnePoint() {
        qt().withExamples(60).forAll(integers().between(1, 300), integers().between(1, 6), longs().all())
                .checkAssert((n, k, seed) -> {
                    double[][] u = LatinHypercubeDesign.withSeed(realSpace(k), n, seed).unitSample();
                    assertThat(u).hasNumberOfRows(n);
                    for (int d = 0; d < k; d++) {
                        boolean[] seen = new boolean[n];
                        for (double[] row : u) {
                            assertThat(row[d]).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
                            int stratum = (int) Math.floor(row[d] * n);
                            assertThat(seen[stratum]).as("stratum %d of dimension %d used twice", stratum, d).isFalse();
                            seen[stratum] = true;
                        }
                    }
                });
    }

    @Test
    void factorValuesAreStratifiedOverTheFactorRange() {
        int n = 50;
        FactorSpace space = realSpace(3);
        LatinHypercubeDesign lhs = new LatinHypercubeDesign(space, n, new MersenneTwisterFast(7));
        for (int d = 0; d < 3; d++) {
            NumericFactor f = (NumericFactor) space.factor(d);
            final int dim = d;
            List<Integer> strata = lhs.points().stream()
                    .map(p -> (int) Math.floor(((Double) p.get(dim) - f.min()) / (f.max() - f.min()) * n))
                    .sorted().toList();
            assertThat(strata).isEqualTo(java.util.stream.IntStream.range(0, n).boxed().toList());
        }
    }

    @Test
    void categoricalLevelsAreExactlyBalancedWhenNIsAMultipleOfTheLevelCount() {
        FactorSpace space = FactorSpace.of(Factor.categorical("c", "a", "b", "c"), Factor.integer("i", 1, 4));
        LatinHypercubeDesign lhs = LatinHypercubeDesign.withSeed(space, 12, 3);
        Map<Object, Long> levels = lhs.points().stream().collect(Collectors.groupingBy(p -> p.get("c"), Collectors.counting()));
        Map<Object, Long> ints = lhs.points().stream().collect(Collectors.groupingBy(p -> p.get("i"), Collectors.counting()));
        assertThat(levels).containsOnly(Map.entry("a", 4L), Map.entry("b", 4L), Map.entry("c", 4L));
        assertThat(ints).containsOnly(Map.entry(1L, 3L), Map.entry(2L, 3L), Map.entry(3L, 3L), Map.entry(4L, 3L));
    }

    @Test
    void sameSeedGivesIdenticalDesignAndDifferentSeedsDiffer() {
        FactorSpace space = realSpace(4);
        Function<Long, List<DesignPoint>> draw = seed -> LatinHypercubeDesign.withSeed(space, 40, seed).points();
        assertThat(draw.apply(42L)).isEqualTo(draw.apply(42L));
        assertThat(draw.apply(42L)).isNotEqualTo(draw.apply(43L));
    }
}
