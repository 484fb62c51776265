package org.constellation.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactorTest {

    private static final double JUST_BELOW_ONE = Math.nextDown(1.0);

    @Test
    void realFactorMapsUnitCoordinateLinearly() {
        NumericFactor f = Factor.real("x", -2.0, 6.0);
        assertThat(f.valueAt(0.0)).isEqualTo(-2.0);
        assertThat((Double) f.valueAt(0.25)).isCloseTo(0.0, within(1e-12));
        assertThat((Double) f.valueAt(JUST_BELOW_ONE)).isLessThanOrEqualTo(6.0).isGreaterThan(5.999);
    }

    @Test
    void logRealFactorMapsUnitCoordinateGeometrically() {
        NumericFactor f = Factor.logReal("rate", 1.0, 100.0);
        assertThat((Double) f.valueAt(0.5)).isCloseTo(10.0, within(1e-9));
        assertThat(f.gridValues(3)).hasSize(3).startsWith(1.0).endsWith(100.0);
        assertThat((Double) f.gridValue(1, 3)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void integerFactorGivesEachValueAnEqualShareOfTheUnitInterval() {
        NumericFactor f = Factor.integer("agents", 1, 4);
        assertThat(f.valueAt(0.0)).isEqualTo(1L);
        assertThat(f.valueAt(0.2499)).isEqualTo(1L);
        assertThat(f.valueAt(0.25)).isEqualTo(2L);
        assertThat(f.valueAt(0.74)).isEqualTo(3L);
        assertThat(f.valueAt(0.75)).isEqualTo(4L);
        assertThat(f.valueAt(JUST_BELOW_ONE)).isEqualTo(4L);
    }

    @Test
    void logIntegerFactorCoversItsWholeRangeMonotonically() {
        NumericFactor f = Factor.logInteger("n", 1, 1000);
        assertThat(f.valueAt(0.0)).isEqualTo(1L);
        assertThat(f.valueAt(JUST_BELOW_ONE)).isEqualTo(1000L);
        long previous = 0;
        for (int i = 0; i < 1000; i++) {
            long v = (Long) f.valueAt(i / 1000.0);
            assertThat(v).isBetween(previous, 1000L);
            previous = v;
        }
    }

    @Test
    void categoricalFactorSelectsLevelFloorOfUTimesL() {
        CategoricalFactor f = Factor.categorical("mandate", "observe", "protect", "enforce");
        assertThat(f.valueAt(0.0)).isEqualTo("observe");
        assertThat(f.valueAt(0.34)).isEqualTo("protect");
        assertThat(f.valueAt(0.67)).isEqualTo("enforce");
        assertThat(f.valueAt(JUST_BELOW_ONE)).isEqualTo("enforce");
        assertThat(f.gridValues(7)).containsExactly("observe", "protect", "enforce");
        assertThat(f.gridValue(1, 3)).isEqualTo("protect");
    }

    @Test
    void gridValuesIncludeBothEndsExactly() {
        assertThat(Factor.real("x", 0.1, 0.7).gridValues(4)).first().isEqualTo(0.1);
        assertThat(Factor.real("x", 0.1, 0.7).gridValues(4)).last().isEqualTo(0.7);
        assertThat(Factor.integer("i", 0, 2).gridValues(5)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void everyUnitCoordinateMapsInsideTheRange() {
        List<NumericFactor> factors = List.of(Factor.real("a", -3, 7), Factor.logReal("b", 1e-3, 1e3),
                Factor.integer("c", -5, 5), Factor.logInteger("d", 2, 9));
        qt().forAll(doubles().between(0.0, JUST_BELOW_ONE)).checkAssert(u -> {
            for (NumericFactor f : factors) {
                double v = ((Number) f.valueAt(u)).doubleValue();
                assertThat(v).isBetween(f.min(), f.max());
            }
        });
    }

    @Test
    void canonicalizeConvertsAndValidatesUserValues() {
        assertThat(Factor.integer("i", 0, 10).canonicalize(3)).isEqualTo(3L);
        assertThat(Factor.integer("i", 0, 10).canonicalize(3.0)).isEqualTo(3L);
        assertThat(Factor.real("x", 0, 10).canonicalize(3)).isEqualTo(3.0);
        assertThatThrownBy(() -> Factor.integer("i", 0, 10).canonicalize(3.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.real("x", 0, 10).canonicalize(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.real("x", 0, 10).canonicalize("3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.categorical("c", "a").canonicalize("b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidFactorsAreRejected() {
        assertThatThrownBy(() -> Factor.real("x", 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.real("x", 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.real("x", 0, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.logReal("x", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumericFactor("x", 0.5, 3, true, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.real(" ", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.categorical("c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.categorical("c", "a", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.real("x", 0, 1).valueAt(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.real("x", 0, 1).valueAt(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factorSpaceRejectsDuplicateNamesAndFindsFactorsByName() {
        assertThatThrownBy(() -> FactorSpace.of(Factor.real("x", 0, 1), Factor.integer("x", 0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        FactorSpace space = FactorSpace.of(Factor.real("x", 0, 1), Factor.categorical("c", "a", "b"));
        assertThat(space.indexOf("c")).isEqualTo(1);
        assertThat(space.names()).containsExactly("x", "c");
        assertThat(space.valuesAt(new double[] {0.5, 0.5})).containsExactly(0.5, "b");
    }

    @Test
    void anEmptyFactorSpaceIsOneGridPointAndNoSampledDesign() {
        FactorSpace empty = new FactorSpace(List.of());
        assertThat(new GridDesign(empty, 2).points()).singleElement().satisfies(p -> assertThat(p.values()).isEmpty());
        assertThatThrownBy(() -> new SaltelliDesign(empty, 4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatinHypercubeDesign.withSeed(empty, 4, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MorrisDesign.withSeed(empty, 4, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
