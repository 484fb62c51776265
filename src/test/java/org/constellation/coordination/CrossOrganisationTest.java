package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.HEALTHCARE;
import static org.constellation.coordination.Activities.LAW_ENFORCEMENT;
import static org.constellation.coordination.Activities.PATROL;
import static org.constellation.coordination.Activities.RESPONDERS;
import static org.constellation.coordination.Activities.SAFE_AREAS;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.spec.GroupKind;
import org.junit.jupiter.api.Test;

/** Headquarters coordination, regionalised missions and an external coordinator. */
class CrossOrganisationTest {

    private static Supplier<TestWorld> parallel(Supplier<CoordinationMechanism> mechanism) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.6)
                    .actor("un", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL, SAFE_AREAS)
                    .actor("au", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL, SAFE_AREAS).organisation("au", "au")
                    .sensing("un", 0.2, 0, 1).sensing("au", 0.2, 0, 1).parameter("beliefs.activity_visibility", 0);
            return mechanism == null ? w : w.mechanism(mechanism.get());
        };
    }

    private static double trustBetweenMissions(Runs.Outcome o) {
        var m = o.model();
        return m.relations().trust(m.actor("un").index(), m.actor("au").index());
    }

    @Test
    void headquartersRoundsThatBreedMistrustLowerWorkingTrust() {
        Supplier<CoordinationMechanism> mistrust = () -> Runs.mechanism("hq-coordination",
                Map.of("mistrust_chance", 1.0, "interval", 1.0), Map.of());
        assertThat(Runs.mean(parallel(mistrust), 3, 24, CrossOrganisationTest::trustBetweenMissions))
                .isLessThan(Runs.mean(parallel(null), 3, 24, CrossOrganisationTest::trustBetweenMissions) - 0.2);
    }

    private static Supplier<CoordinationMechanism> hq(double delay) {
        return () -> Runs.mechanism("hq-coordination", Map.of("mistrust_chance", 0.0, "interval", 1.0, "delay", delay),
                Map.of());
    }

    @Test
    void plansPassedOnAtOnceHelpAndStalePlansMislead() {
        double fresh = Runs.mean(parallel(hq(0)), 8, 24, o -> o.overlap("un", "au"));
        double none = Runs.mean(parallel(null), 8, 24, o -> o.overlap("un", "au"));
        double stale = Runs.mean(parallel(hq(3)), 8, 24, o -> o.overlap("un", "au"));
        assertThat(fresh).isLessThan(none - 0.03);
        assertThat(stale).isGreaterThan(fresh + 0.05);
    }

    private static Supplier<TestWorld> border(boolean regional) {
        return () -> {
            TestWorld w = new TestWorld().country("a").country("b")
                    .district("a1", "a", 0.5, 0.5).district("a2", "a", 0.5, 0.9)
                    .district("b1", "b", 0.5, 0.5).district("b2", "b", 0.6, 0.5)
                    .edge("a1", "a2").edge("a1", "b1").edge("b1", "b2")
                    .group("g", GroupKind.JIHADIST, "a1", 3)
                    .actor("eu-a", ActorType.MISSION, 3, List.of("a1"), LAW_ENFORCEMENT).executive("eu-a")
                    .organisation("eu-a", "eu-csdp-civilian")
                    .actor("eu-b", ActorType.MISSION, 1, List.of("b1", "b2"), LAW_ENFORCEMENT).executive("eu-b")
                    .organisation("eu-b", "eu-csdp-civilian");
            return regional ? w.mechanism(Runs.mechanism("regional-missions")) : w;
        };
    }

    @Test
    void enforcementWithoutCrossBorderSharingDisplacesGroupsNextDoor() {
        double none = Runs.meanMetric(border(false), 16, 24, "border_crossings");
        double regional = Runs.meanMetric(border(true), 16, 24, "border_crossings");
        assertThat(none).isGreaterThan(0.02);
        assertThat(regional).isLessThan(none * 0.5);
    }

    private static Supplier<TestWorld> epidemic(boolean coordinated) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.6)
                    .actor("m1", ActorType.MISSION, 2, List.of("a1", "a2"), HEALTHCARE, RESPONDERS)
                    .actor("m2", ActorType.MISSION, 2, List.of("a1", "a2"), HEALTHCARE, RESPONDERS)
                    .organisation("m2", "eu-csdp-civilian")
                    .actor("who", ActorType.UNCT_AGENCY, 1, List.of("a1"), HEALTHCARE).organisation("who", "who")
                    .parameter("beliefs.activity_visibility", 0);
            return coordinated ? w.mechanism(Runs.mechanism("external-coordinator", Map.of(),
                    Map.of("coordinator", List.of("who")))) : w;
        };
    }

    @Test
    void anExternalCoordinatorLowersDuplicationOnItsChallenge() {
        assertThat(Runs.mean(epidemic(true), 8, 24, o -> o.overlap("m1", "m2")))
                .isLessThan(Runs.mean(epidemic(false), 8, 24, o -> o.overlap("m1", "m2")) * 0.6);
    }
}
