package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.plan.Plan;
import org.constellation.model.world.NeedField;
import org.junit.jupiter.api.Test;

/** Diminishing returns judged on the need cell, across activity types, in the effects and in the planner. */
class CellResponseTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String SAFE_AREAS = "protection-of-civilians/safe-areas";
    private static final String SUPPORT = "protection-of-civilians/supporting-authorities-to-protect-civilians";

    private final CellResponse cells = new CellResponse(ModelParameters.defaults());
    private final double s = cells.saturation();

    @Test
    void oneKindOfWorkAloneGivesTheOldPerTypeResponse() {
        for (double e : new double[] {0.5, 1, 3, 10}) {
            assertThat(cells.total(0.3, e, 0.05, 0)).isEqualTo(0.3 * (1 - Math.exp(-e / s)), offset(1e-12));
            assertThat(cells.total(0.05, e, 0.3, 0)).isEqualTo(0.05 * (1 - Math.exp(-e / s)), offset(1e-12));
        }
    }

    @Test
    void theTotalRisesWithEitherEffortNeverPassesTheHigherLevelAndLowWorkNeverLowersIt() {
        double previous = 0;
        for (double low = 0; low <= 30; low += 0.5) {
            double total = cells.total(0.3, 2, 0.05, low);
            assertThat(total).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(0.3);
            previous = total;
        }
        previous = 0;
        for (double high = 0; high <= 30; high += 0.5) {
            double total = cells.total(0.3, high, 0.05, 4);
            assertThat(total).isGreaterThanOrEqualTo(previous);
            previous = total;
        }
    }

    @Test
    void aLittleMoreEffectiveWorkChangesTheTotalOnlyALittle() {
        double without = cells.total(0.3, 0, 0.05, 20);
        assertThat(cells.total(0.3, 1e-6, 0.05, 20) - without).isBetween(0.0, 1e-6);
    }

    @Test
    void creditsAddUpToTheTotal() {
        for (double[] c : new double[][] {{0.3, 2, 0.05, 5}, {0.02, 4, 0.12, 1}, {0.1, 2, 0.1, 6}}) {
            double sum = cells.credit(c[0], c[1], c[2], c[3]) + cells.credit(c[2], c[3], c[0], c[1]);
            assertThat(sum).isEqualTo(cells.total(c[0], c[1], c[2], c[3]), offset(1e-12));
        }
    }

    @Test
    void thePlannersMarginalIsTheDerivativeOfTheTotal() {
        double h = 1e-6;
        for (double[] c : new double[][] {{0.3, 2, 0.05, 5}, {0.05, 5, 0.3, 2}, {0.12, 0, 0.04, 0}, {0.1, 1, 0.1, 3}}) {
            double numeric = (cells.total(c[0], c[1] + h, c[2], c[3]) - cells.total(c[0], c[1], c[2], c[3])) / h;
            assertThat(cells.relativeMarginal(c[0], c[1], c[2], c[3])).isEqualTo(numeric * s / c[0], offset(1e-5));
        }
    }

    @Test
    void theMetricsSaturatingEffortIsWhereFurtherWorkOfEitherModeAddsTheRestOfWhatItAddsOnAnEmptyCell() {
        double sat = cells.saturatingEffort(0.95);
        assertThat(sat).isEqualTo(s * Math.log(20), offset(1e-12));
        assertThat(cells.relativeMarginal(0.3, sat, 0.05, 0)).isEqualTo(0.05, offset(1e-12));
        for (double high = 0; high <= sat; high += 1) {
            assertThat(cells.relativeMarginal(0.05, sat - high, 0.3, high)).as("low after " + high)
                    .isEqualTo(0.05, offset(1e-12));
        }
    }

    @Test
    void theShareReachedIsTheTotalOverTheMostEffectiveWorkPresent() {
        for (double e : new double[] {0.5, 3, 10}) {
            assertThat(cells.reachedShare(0.3, e, 0.05, 0)).isEqualTo(1 - Math.exp(-e / s), offset(1e-12));
            assertThat(cells.reachedShare(0.05, e, 0.3, 0)).isEqualTo(1 - Math.exp(-e / s), offset(1e-12));
            assertThat(cells.reachedShare(0.1, e / 2, 0.1, e / 2)).isEqualTo(1 - Math.exp(-e / s), offset(1e-12));
        }
        assertThat(cells.reachedShare(0.3, 3, 0.05, 3)).isEqualTo(cells.total(0.3, 3, 0.05, 3) / 0.3, offset(1e-12))
                .isStrictlyBetween(1 - Math.exp(-3 / s), 1 - Math.exp(-6 / s));
        assertThat(cells.reachedShare(0.3, 3, 0, 5)).isEqualTo(1 - Math.exp(-3 / s), offset(1e-12));
        assertThat(cells.reachedShare(0.3, 0, 0, 5)).isZero();
        assertThat(cells.reachedShare(0.3, 0, 0.05, 0)).isZero();
    }

    private static double needAfter(String... activities) {
        Constellation m = TestWorld.twoDistricts(0.6).actor("mission", ActorType.MISSION, 2, List.of("a1", "a2"),
                activities).start(1);
        m.run(6);
        return m.needs().need(NeedField.cell(0, Challenge.PROTECTION_OF_CIVILIANS))
                + m.needs().need(NeedField.cell(1, Challenge.PROTECTION_OF_CIVILIANS));
    }

    @Test
    void splittingAnActivityIntoTwoRowsOfTheSameKindChangesNothing() {
        assertThat(needAfter(PATROL, SAFE_AREAS)).isEqualTo(needAfter(PATROL));
    }

    @Test
    void anActorAvoidsANeedItKnowsIsSaturatedEvenWithAnotherActivity() {
        Constellation m = TestWorld.twoDistricts(0.5)
                .actor("first", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL)
                .actor("second", ActorType.MISSION, 2, List.of("a1", "a2"), SAFE_AREAS)
                .parameter("beliefs.activity_visibility", 0).start(1);
        m.run(1);
        m.actor("second").known().learn(m.actor("first").index(), 0, m.catalogue().find(PATROL).index(), 20, m.step());
        Plan plan = m.planner().plan(m.actor("second"), m, 2);
        assertThat(plan.entries()).isNotEmpty().allSatisfy(a -> assertThat(a.district()).isEqualTo(1));
    }

    @Test
    void indirectWorkOnANeedAlreadySaturatedByDirectWorkAddsLittleToTheCell() {
        Constellation m = TestWorld.twoDistricts(0.5)
                .actor("mission", ActorType.MISSION, 2, List.of("a1"), PATROL)
                .actor("trainer", ActorType.DONOR, 2, List.of("a1"), SUPPORT)
                .parameter("effects.capacity_building", 0).parameter("beliefs.activity_visibility", 0).start(1);
        m.run(1);
        m.actor("trainer").known().learn(m.actor("mission").index(), 0, m.catalogue().find(PATROL).index(), 30,
                m.step());
        assertThat(m.planner().plan(m.actor("trainer"), m, 2).entries()).isEmpty();
    }
}
