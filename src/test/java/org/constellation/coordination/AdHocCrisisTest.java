package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.HEALTHCARE;
import static org.constellation.coordination.Activities.PATROL;

import java.util.List;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.metrics.Metrics;
import org.constellation.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * Two missions that do not see each other's work, each able to patrol and to run health services in two
 * districts: four need cells, one activity type each, so that overlap on an activity type
 * ({@code activity_overlap}) is overlap on a need cell. With 2 units each they never reach a cell's
 * saturation together, so their overlap is complementary effort, never redundant effort: what the
 * mechanism changes is whether they work the same cells.
 */
class AdHocCrisisTest {

    private static Supplier<TestWorld> world(double need, double trust, boolean adHoc) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(need)
                    .actor("m1", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL, HEALTHCARE)
                    .actor("m2", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL, HEALTHCARE)
                    .parameter("beliefs.activity_visibility", 0).parameter("relations.initial", trust)
                    .parameter("needs.protection-of-civilians.growth", need > 0.5 ? 0.3 : 0.05);
            return adHoc ? w.mechanism(Runs.mechanism("ad-hoc-crisis")) : w;
        };
    }

    @Test
    void belowItsThresholdItDoesNothingAtAll() {
        for (long seed = 1; seed <= 3; seed++) {
            var with = Runs.run(world(0.3, 0.5, true).get(), seed, 24);
            var without = Runs.run(world(0.3, 0.5, false).get(), seed, 24);
            for (String metric : Metrics.names()) {
                assertThat(with.series().column(metric)).as(metric).containsExactly(without.series().column(metric));
            }
        }
    }

    @Test
    void inACrisisActorsCoordinateAndDuplicateLess() {
        double with = Runs.meanMetric(world(0.8, 0.5, true), 10, 12, "activity_overlap");
        double without = Runs.meanMetric(world(0.8, 0.5, false), 10, 12, "activity_overlap");
        assertThat(Runs.meanMetric(world(0.8, 0.5, true), 3, 12, "coordination_cost")).isGreaterThan(0);
        assertThat(with).isLessThan(without - 0.05);
    }

    @Test
    void itDependsOnTrustBetweenThePeopleInPost() {
        double trusting = Runs.meanMetric(world(0.8, 0.5, true), 10, 12, "coordination_cost");
        double distrustful = Runs.meanMetric(world(0.8, 0.05, true), 10, 12, "coordination_cost");
        assertThat(distrustful).isLessThan(trusting * 0.5);
    }
}
