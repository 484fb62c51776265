package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.HEALTHCARE;
import static org.constellation.coordination.Activities.PATROL;
import static org.constellation.coordination.Activities.SAFE_AREAS;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationMechanism;
import org.junit.jupiter.api.Test;

/**
 * Joint analysis, an information platform and a cluster lead, on a division of labour by activity: a
 * mission that cannot see where protection is needed, and an agency that sees it but only does health.
 */
class SharedAnalysisTest {

    private static Supplier<TestWorld> divided(Supplier<CoordinationMechanism> mechanism) {
        return () -> {
            TestWorld w = new TestWorld().country("a").district("a1", "a", 0.1, 0.5).district("a2", "a", 0.8, 0.5)
                    .edge("a1", "a2")
                    .actor("mission", ActorType.MISSION, 1, List.of("a1", "a2"), PATROL).sensing("mission", 0, 0, 0.0)
                    .actor("agency", ActorType.UNCT_AGENCY, 1, List.of("a2"), HEALTHCARE)
                    .actor("analysts", ActorType.UNCT_AGENCY, 3, List.of("a1"), HEALTHCARE)
                    .parameter("beliefs.activity_visibility", 0);
            return mechanism == null ? w : w.mechanism(mechanism.get());
        };
    }

    @Test
    void jointAnalysisLowersBeliefErrorAndClosesTheGapsADivisionOfLabourLeaves() {
        Supplier<CoordinationMechanism> ja = () -> Runs.mechanism("joint-analysis", Map.of(),
                Map.of("lead", List.of("analysts")));
        assertThat(Runs.meanMetric(divided(ja), 4, 12, "belief_error"))
                .isLessThan(Runs.meanMetric(divided(null), 4, 12, "belief_error") * 0.5);
        assertThat(Runs.meanMetric(divided(ja), 4, 12, "coverage_by_need"))
                .isGreaterThan(Runs.meanMetric(divided(null), 4, 12, "coverage_by_need") + 0.05);
        Supplier<TestWorld> flatCosts = () -> divided(ja).get().parameter("coordination.cost_elasticity", 0);
        assertThat(Runs.meanMetric(flatCosts, 2, 12, "coordination_cost")).isGreaterThan(0.4);
    }

    @Test
    void anInformationPlatformLowersBeliefError() {
        Supplier<CoordinationMechanism> platform = () -> Runs.mechanism("information-platform");
        assertThat(Runs.meanMetric(divided(platform), 6, 24, "belief_error"))
                .isLessThan(Runs.meanMetric(divided(null), 6, 24, "belief_error") - 0.03);
    }

    @Test
    void aPlatformNobodyUploadsToChangesNothingButItsUpkeep() {
        Supplier<CoordinationMechanism> empty = () -> Runs.mechanism("information-platform",
                Map.of("participation_mission", 0.0, "participation_unct_agency", 0.0,
                        "participation_host_government", 0.0), Map.of("lead", List.of("analysts")));
        assertThat(Runs.meanMetric(divided(empty), 4, 24, "belief_error"))
                .isCloseTo(Runs.meanMetric(divided(null), 4, 24, "belief_error"), org.assertj.core.data.Offset.offset(0.005));
    }

    private static Supplier<TestWorld> twins(Supplier<CoordinationMechanism> mechanism) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.6)
                    .actor("u1", ActorType.UNCT_AGENCY, 2, List.of("a1", "a2"), PATROL, SAFE_AREAS)
                    .actor("u2", ActorType.UNCT_AGENCY, 2, List.of("a1", "a2"), PATROL, SAFE_AREAS)
                    .organisation("u2", "unhcr").parameter("beliefs.activity_visibility", 0);
            return mechanism == null ? w : w.mechanism(mechanism.get());
        };
    }

    @Test
    void aClusterLeadAllocatesWorkAndLowersDuplication() {
        double none = Runs.meanMetric(twins(null), 8, 24, "activity_overlap");
        double cluster = Runs.meanMetric(twins(() -> Runs.mechanism("cluster-lead")), 8, 24, "activity_overlap");
        assertThat(cluster).isLessThan(none * 0.6);
    }
}
