package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.MEDIATION;
import static org.constellation.coordination.Activities.PATROL;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationMechanism;
import org.junit.jupiter.api.Test;

/** Focal points and dedicated advisors bring their challenge into a mission's planning. */
class SpecialistsTest {

    private static Supplier<TestWorld> world(Supplier<CoordinationMechanism> mechanism) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.5)
                    .actor("mission", ActorType.MISSION, 4, List.of("a1", "a2"), PATROL, MEDIATION)
                    .actor("agency", ActorType.UNCT_AGENCY, 1, List.of("a1"), MEDIATION);
            return mechanism == null ? w : w.mechanism(mechanism.get());
        };
    }

    private static double environmentShare(Supplier<CoordinationMechanism> mechanism) {
        return Runs.mean(world(mechanism), 6, 24,
                o -> o.effort("mission", "environment") / o.effort("mission"));
    }

    @Test
    void aFocalPointShiftsEffortTowardsItsChallenge() {
        double none = environmentShare(null);
        double focal = environmentShare(() -> Runs.mechanism("focal-points"));
        assertThat(focal).isGreaterThan(none + 0.03);
    }

    @Test
    void fullPushbackCancelsAFocalPointsMainstreaming() {
        double none = environmentShare(null);
        double blocked = environmentShare(() -> Runs.mechanism("focal-points",
                Map.of("pushback", 1.0, "counterparts", 0.0), Map.of()));
        assertThat(blocked).isCloseTo(none, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aDedicatedAdvisorDoesMoreThanAFocalPoint() {
        double focal = environmentShare(() -> Runs.mechanism("focal-points"));
        double advisor = environmentShare(() -> Runs.mechanism("dedicated-advisors", Map.of("lapse", 0.0), Map.of()));
        assertThat(advisor).isGreaterThan(focal + 0.01);
    }

    @Test
    void anUnfundedAdvisorPostCostsAndDoesNothing() {
        double none = environmentShare(null);
        double lapsed = environmentShare(() -> Runs.mechanism("dedicated-advisors", Map.of("lapse", 1.0), Map.of()));
        assertThat(lapsed).isCloseTo(none, org.assertj.core.data.Offset.offset(0.02));
        assertThat(Runs.meanMetric(world(() -> Runs.mechanism("dedicated-advisors", Map.of("lapse", 1.0), Map.of())),
                2, 12, "coordination_cost")).isZero();
    }

    @Test
    void specialistsCostStaffTime() {
        assertThat(Runs.meanMetric(world(() -> Runs.mechanism("focal-points")), 2, 12, "coordination_cost"))
                .isGreaterThan(0);
        assertThat(Runs.meanMetric(world(() -> Runs.mechanism("dedicated-advisors", Map.of("lapse", 0.0), Map.of())),
                2, 12, "coordination_cost")).isGreaterThan(
                Runs.meanMetric(world(() -> Runs.mechanism("focal-points")), 2, 12, "coordination_cost"));
    }
}
