package org.constellation.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryStatisticsTest {

    @Test
    void matchesHandComputedStudentTInterval() {
        // n = 8, mean = 40/8 = 5, Σ(x-5)² = 9+1+1+1+0+0+4+16 = 32, s = √(32/7) = 2.138090,
        // t(0.975, 7) = 2.364624 (table), half-width = 2.364624 · 2.138090 / √8 = 1.787495.
        SummaryStatistics s = SummaryStatistics.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertThat(s.n()).isEqualTo(8);
        assertThat(s.mean()).isEqualTo(5.0);
        assertThat(s.standardDeviation()).isCloseTo(2.138090, within(1e-6));
        assertThat(s.ciLow()).isCloseTo(5 - 1.787495, within(1e-5));
        assertThat(s.ciHigh()).isCloseTo(5 + 1.787495, within(1e-5));
        assertThat(s.halfWidth()).isCloseTo(1.787495, within(1e-5));
    }

    @Test
    void higherConfidenceGivesWiderInterval() {
        double[] v = {1.0, 2.5, 3.0, 4.5};
        assertThat(SummaryStatistics.of(v, 0.99).halfWidth()).isGreaterThan(SummaryStatistics.of(v, 0.95).halfWidth());
    }

    @Test
    void singleValueHasMeanButNaNDeviationAndInterval() {
        SummaryStatistics s = SummaryStatistics.of(3.5);
        assertThat(s.n()).isEqualTo(1);
        assertThat(s.mean()).isEqualTo(3.5);
        assertThat(s.standardDeviation()).isNaN();
        assertThat(s.ciLow()).isNaN();
        assertThat(s.ciHigh()).isNaN();
    }

    @Test
    void emptySampleIsAllNaN() {
        SummaryStatistics s = SummaryStatistics.of();
        assertThat(s.n()).isZero();
        assertThat(s.mean()).isNaN();
    }

    @Test
    void deviationIsAccurateForLargeOffsets() {
        SummaryStatistics s = SummaryStatistics.of(1e9 + 2, 1e9 + 4, 1e9 + 4, 1e9 + 4, 1e9 + 5, 1e9 + 5, 1e9 + 7, 1e9 + 9);
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7.0), within(1e-9));
    }

    @Test
    void groupsAreSummarisedSeparatelyInOrderOfFirstAppearance() {
        Map<String, SummaryStatistics> g = SummaryStatistics.byGroup(List.of("b", "a", "b", "a", "b"),
                new double[] {1, 10, 3, 20, 5});
        assertThat(g.keySet()).containsExactly("b", "a");
        assertThat(g.get("b").n()).isEqualTo(3);
        assertThat(g.get("b").mean()).isEqualTo(3.0);
        assertThat(g.get("b").standardDeviation()).isCloseTo(2.0, within(1e-12));
        assertThat(g.get("a").mean()).isEqualTo(15.0);
        // n = 2: t(0.975, 1) = 12.706205, s = 7.0710678, half-width = 12.706205 · 5 = 63.531024.
        assertThat(g.get("a").halfWidth()).isCloseTo(63.531024, within(1e-5));
    }
}
