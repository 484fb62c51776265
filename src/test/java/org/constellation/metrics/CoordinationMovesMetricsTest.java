package org.constellation.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.spec.DeploymentSpec;
import org.junit.jupiter.api.Test;

/** The cell-level metrics do move when coordination changes what actors do. */
class CoordinationMovesMetricsTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";

    /**
     * A mission and an agency of twelve effort units each, able to patrol three districts, one far needier
     * than the others, with one activity type only: on their own both put most into the neediest.
     */
    private static Supplier<TestWorld> twoPatrols(String mechanism) {
        return () -> {
            TestWorld w = new TestWorld().country("a").district("a1", "a", 0.9, 0.5).district("a2", "a", 0.4, 0.5)
                    .district("a3", "a", 0.35, 0.5).edge("a1", "a2").edge("a2", "a3")
                    .actor("mission", ActorType.MISSION, 12, List.of("a1", "a2", "a3"), PATROL)
                    .actor("agency", ActorType.UNCT_AGENCY, 12, List.of("a1", "a2", "a3"), PATROL)
                    .parameter("beliefs.activity_visibility", 0);
            return mechanism == null ? w : w.mechanism(Runs.mechanism(mechanism));
        };
    }

    @Test
    void anIntegratedOfficeWhereTheyPlanTogetherLowersRedundantEffort() {
        for (String metric : List.of(RedundantEffort.NAME, MissionUnctRedundancy.NAME)) {
            double none = Runs.meanMetric(twoPatrols(null), 3, 12, metric);
            double office = Runs.meanMetric(twoPatrols("integrated-office"), 3, 12, metric);
            assertThat(none).as(metric).isGreaterThan(0.05);
            assertThat(office).as(metric).isLessThan(none * 0.5);
        }
    }

    /** A mission closing at step 8 in a1, and an agency in a2 that may succeed it. */
    private static Supplier<TestWorld> closing(boolean planned) {
        return () -> {
            TestWorld w = new TestWorld().country("a").district("a1", "a", 0.7, 0.5).district("a2", "a", 0.6, 0.5)
                    .edge("a1", "a2")
                    .actor("mission", ActorType.MISSION, 4, List.of("a1"), new DeploymentSpec(0, 8, 0, 0, 0), false,
                            PATROL)
                    .actor("agency", ActorType.UNCT_AGENCY, 3, List.of("a2"), PATROL);
            return planned ? w.mechanism(Runs.mechanism("transition-planning", Map.of("lead_time", 4.0), Map.of()))
                    : w;
        };
    }

    @Test
    void transitionPlanningBringsTheMissionsCellsBackWithinReachAndReplacesPartOfItsEffort() {
        double unplanned = Runs.mean(closing(false), 3, 14, o -> o.series().last(OutOfReach.NAME));
        double planned = Runs.mean(closing(true), 3, 14, o -> o.series().last(OutOfReach.NAME));
        assertThat(planned).isLessThan(unplanned - 0.05);
        assertThat(Runs.mean(closing(true), 3, 14, o -> o.series().last(TransitionShortfall.NAME)))
                .isLessThan(Runs.mean(closing(false), 3, 14, o -> o.series().last(TransitionShortfall.NAME)) - 0.1);
    }
}
