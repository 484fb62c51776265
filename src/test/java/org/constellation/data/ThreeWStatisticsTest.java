package org.constellation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 3W statistics and distances: known values on a small cube, and what must not move them. */
class ThreeWStatisticsTest {

    private static final List<String> REGIONS = List.of("r1", "r2", "r3");
    private static final List<String> CATEGORIES = List.of("a", "b");

    /** r1: a by x, y, z; b by x. r2: a by y. r3: nothing. */
    private static ThreeWCube.Builder sample() {
        return new ThreeWCube.Builder().add("r1", "a", "x", "ngo").add("r1", "a", "y", "un").add("r1", "a", "z", "ngo")
                .add("r1", "b", "x", "ngo").add("r2", "a", "y", "un");
    }

    @Test
    void knownValuesOnASmallCube() {
        ThreeWStatistics s = ThreeWStatistics.of(sample().on(REGIONS, CATEGORIES));
        assertThat(s.cellShares()).containsExactly(new double[] {3 / 6.0, 2 / 6.0, 0, 1 / 6.0}, within(1e-12));
        assertThat(s.coverage()).isCloseTo(0.5, within(1e-12));
        assertThat(s.duplication()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.perRegion()).containsExactly(3, 1, 0);
        assertThat(s.mix().get("ngo")).containsExactly(new double[] {2 / 3.0, 1 / 3.0}, within(1e-12));
        assertThat(s.mix().get("un")).containsExactly(1, 0);
        assertThat(s.entries()).containsEntry("ngo", 3).containsEntry("un", 2);
    }

    @Test
    void aCubeIsAtDistanceZeroFromItselfAndTheDistanceIsSymmetricAndBounded() {
        ThreeWCube a = sample().on(REGIONS, CATEGORIES);
        ThreeWCube b = new ThreeWCube.Builder().add("r3", "b", "q", "ngo").add("r2", "b", "q", "ngo")
                .add("r2", "a", "w", "donor").on(REGIONS, CATEGORIES);
        assertThat(ThreeWComparison.of(a, a).distance()).isZero();
        assertThat(ThreeWComparison.of(a, a).spearman()).isCloseTo(1, within(1e-12));
        double ab = ThreeWComparison.of(a, b).distance();
        assertThat(ab).isEqualTo(ThreeWComparison.of(b, a).distance()).isBetween(0.0, 1.0).isPositive();
        assertThat(ThreeWComparison.of(a, b).distances()).containsOnlyKeys(ThreeWComparison.COMPONENTS);
    }

    @Test
    void renamingOrganisationsOrListingRegionsInAnotherOrderMovesNothing() {
        ThreeWCube b = new ThreeWCube.Builder().add("r2", "a", "p", "ngo").add("r2", "b", "p", "ngo")
                .add("r1", "a", "q", "un").on(REGIONS, CATEGORIES);
        ThreeWCube a = sample().on(REGIONS, CATEGORIES);
        ThreeWCube renamed = new ThreeWCube.Builder().add("r1", "a", "X", "ngo").add("r1", "a", "Y", "un")
                .add("r1", "a", "Z", "ngo").add("r1", "b", "X", "ngo").add("r2", "a", "Y", "un")
                .on(REGIONS, CATEGORIES);
        assertThat(ThreeWComparison.of(renamed, b)).usingRecursiveComparison().isEqualTo(ThreeWComparison.of(a, b));
        List<String> reversed = List.of("r3", "r2", "r1");
        double d = ThreeWComparison.of(sample().on(reversed, CATEGORIES), new ThreeWCube.Builder()
                .add("r2", "a", "p", "ngo").add("r2", "b", "p", "ngo").add("r1", "a", "q", "un")
                .on(reversed, CATEGORIES)).distance();
        assertThat(d).isCloseTo(ThreeWComparison.of(a, b).distance(), within(1e-12));
    }

    @Test
    void anOrganisationCountsOnceInACellHoweverManyRowsItHas() {
        ThreeWCube twice = sample().add("r1", "a", "x", "ngo").add("r2", "a", "y", "un").on(REGIONS, CATEGORIES);
        assertThat(ThreeWComparison.of(twice, sample().on(REGIONS, CATEGORIES)).distance()).isZero();
    }

    @Test
    void spearmanOfAConstantSideIsUndefinedAndCountsAsFullDistance() {
        ThreeWCube flat = new ThreeWCube.Builder().add("r1", "a", "x", "ngo").add("r2", "a", "x", "ngo")
                .add("r3", "a", "x", "ngo").on(REGIONS, CATEGORIES);
        ThreeWComparison c = ThreeWComparison.of(sample().on(REGIONS, CATEGORIES), flat);
        assertThat(c.spearman()).isNaN();
        assertThat(c.distances().get("regions")).isEqualTo(1);
    }
}
