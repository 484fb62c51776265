package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.LAW_ENFORCEMENT;
import static org.constellation.coordination.Activities.LIVELIHOODS;
import static org.constellation.coordination.Activities.PATROL;
import static org.constellation.coordination.Activities.SECURITY;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.GroupKind;
import org.junit.jupiter.api.Test;

/** Sequencing and transition planning: mechanisms about when. */
class PhasingTest {

    private static Supplier<TestWorld> phased(boolean sequencing) {
        return () -> {
            TestWorld w = new TestWorld().country("a").district("a1", "a", 0.5, 0.3).district("a2", "a", 0.5, 0.9)
                    .edge("a1", "a2").group("g", GroupKind.JIHADIST, "a1", 4).parameter("groups.move_sensitivity", 0)
                    .actor("mission", ActorType.MISSION, 4, List.of("a1", "a2"), LAW_ENFORCEMENT, LIVELIHOODS)
                    .executive("mission");
            return sequencing ? w.mechanism(Runs.mechanism("sequencing")) : w;
        };
    }

    private static double enforcementShare(Runs.Outcome o, String district) {
        double enforcement = o.effortIn("mission", district, (c, a) -> a.equals("law-enforcement"));
        return enforcement / Math.max(1e-9, o.effortIn("mission", district, (c, a) -> true));
    }

    /** Of the mission's enforcement in a1 and a2, the fraction it does in a1. */
    private static double enforcementInA1(Runs.Outcome o) {
        double a1 = o.effortIn("mission", "a1", (c, a) -> a.equals("law-enforcement"));
        return a1 / Math.max(1e-9, a1 + o.effortIn("mission", "a2", (c, a) -> a.equals("law-enforcement")));
    }

    @Test
    void clearWhereGroupsAreStrongBuildWhereTheStateHolds() {
        double clearWith = Runs.mean(phased(true), 4, 12, o -> enforcementShare(o, "a1"));
        double clearWithout = Runs.mean(phased(false), 4, 12, o -> enforcementShare(o, "a1"));
        double buildWith = Runs.mean(phased(true), 4, 12, o -> enforcementShare(o, "a2"));
        double buildWithout = Runs.mean(phased(false), 4, 12, o -> enforcementShare(o, "a2"));
        // where the group is strong the mission enforces with or without sequencing (livelihoods are worth
        // little there: ActivityValuation's driver worth), and sequencing never makes it build there
        assertThat(clearWith).isGreaterThan(0.95).isGreaterThanOrEqualTo(clearWithout);
        assertThat(buildWith).isLessThan(buildWithout - 0.05);
    }

    @Test
    void sequencingClearsTheDistrictWhereTheGroupIsStrong() {
        // clear phase in a1 (believed strength 4 >= 1.5), build phase in a2 (state presence 0.9): the
        // mission moves its enforcement to a1 (about 2/3 of it there without sequencing, all with), and the
        // group, which cannot move, ends weaker (about 0.31 against 0.54 over these seeds). Most of the move
        // comes from a2's build phase playing enforcement down: with the clear phase switched off this test
        // still passes but the one above fails; with the build phase switched off both fail
        double concentratedWith = Runs.mean(phased(true), 4, 12, PhasingTest::enforcementInA1);
        double concentratedWithout = Runs.mean(phased(false), 4, 12, PhasingTest::enforcementInA1);
        double groupWith = Runs.mean(phased(true), 4, 12, o -> o.model().groups().get(0).strength());
        double groupWithout = Runs.mean(phased(false), 4, 12, o -> o.model().groups().get(0).strength());
        assertThat(concentratedWith).isGreaterThan(concentratedWithout + 0.2);
        assertThat(groupWith).isLessThan(groupWithout * 0.75);
    }

    private static Supplier<TestWorld> closing(boolean transition) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.6)
                    .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(0, 12, 0, 0, 0), false, PATROL)
                    .actor("agency", ActorType.UNCT_AGENCY, 2, List.of("a2"), PATROL, SECURITY)
                    .parameter("needs.protection-of-civilians.decay", 0.0)
                    .parameter("needs.protection-of-civilians.growth", 0.1);
            return transition ? w.mechanism(Runs.mechanism("transition-planning", Map.of("lead_time", 6.0), Map.of())) : w;
        };
    }

    @Test
    void transitionPlanningKeepsCoverageWhenAMissionLeaves() {
        double without = Runs.mean(closing(false), 4, 24, o -> mean(o.series().column("transition_shortfall"), 12));
        double with = Runs.mean(closing(true), 4, 24, o -> mean(o.series().column("transition_shortfall"), 12));
        assertThat(without).isGreaterThan(0.5);
        assertThat(with).isLessThan(without * 0.5);
    }

    @Test
    void successorsTakeOverTheMissionsDistrictsAndPartOfItsCapacity() {
        var o = Runs.run(closing(true).get(), 1, 14);
        var agency = o.model().actor("agency");
        assertThat(agency.isPresentIn(o.model().region().district("a1"))).isTrue();
        assertThat(agency.capacity(o.model())).isGreaterThan(agency.nominalCapacity());
    }

    /** A mission closing at step 12, its end announced at step 8; transition planning with a lead time of 6. */
    private static TestWorld announced(int fromDeployment) {
        return TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(0, 12, 0, 0, 0, 8), false, PATROL)
                .actor("agency", ActorType.UNCT_AGENCY, 2, List.of("a2"), PATROL, SECURITY)
                .mechanism(Runs.mechanism("transition-planning", Map.of("lead_time", 6.0, "from_deployment",
                        (double) fromDeployment), Map.of()));
    }

    @Test
    void successorsJoinTheMissionsPlanningOnlyOnceItsEndIsAnnounced() {
        var o = Runs.run(announced(0), 1, 12);
        double[] cost = o.series().column("coordination_cost");
        for (int t = 0; t < 8; t++) {
            assertThat(cost[t]).as("step " + t).isZero();
        }
        assertThat(cost[8]).isPositive();
        assertThat(Runs.run(announced(1), 1, 12).series().column("coordination_cost")[0])
                .as("planning from deployment, rec. 9").isPositive();
    }

    private static double mean(double[] values, int from) {
        double sum = 0;
        for (int i = from; i < values.length; i++) {
            sum += values[i];
        }
        return sum / (values.length - from);
    }
}
