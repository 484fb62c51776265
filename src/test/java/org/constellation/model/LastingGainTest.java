package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.Plan;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.DeploymentSpec;
import org.junit.jupiter.api.Test;

/** Indirect work is valued for the capacity it leaves in the host institution, over the actor's horizon. */
class LastingGainTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String SUPPORT = "protection-of-civilians/supporting-authorities-to-protect-civilians";
    private static final String TRAIN_POLICE = "organized-crime/training-police-border-and-justice";

    /** The lasting value per unit of the actor's first allowed indirect activity in its first district. */
    private static double lasting(Constellation m, String actor, String activity) {
        Actor a = m.actor(actor);
        m.valuation().prepare(a, m);
        ActivityType type = m.catalogue().find(activity);
        return m.valuation().lasting(a, a.presence().get(0), type);
    }

    private static TestWorld agency(int horizon, DeploymentSpec deployment) {
        return agency(horizon, deployment, PATROL, SUPPORT, TRAIN_POLICE);
    }

    private static TestWorld agency(int horizon, DeploymentSpec deployment, String... activities) {
        return TestWorld.twoDistricts(0.6).actor("agency", ActorType.UNCT_AGENCY, 4, List.of("a1", "a2"), deployment,
                false, activities).modify("agency", a -> new ActorSpec(a.id(), a.name(), a.type(),
                        a.organisation(), a.doctrine(), a.presence(), a.capacity(), a.mandate(), a.executive(),
                        a.funding(), a.deployment(), a.sensing(), horizon, a.replanInterval(), a.watchdog()));
    }

    @Test
    void theLastingValueComesFromCapacityBuildingAndGrowsWithTheHorizon() {
        Constellation shortSighted = agency(6, DeploymentSpec.permanent()).start(1);
        Constellation farSighted = agency(60, DeploymentSpec.permanent()).start(1);
        Constellation noBuilding = agency(60, DeploymentSpec.permanent()).parameter("effects.capacity_building", 0)
                .start(1);
        for (Constellation m : List.of(shortSighted, farSighted, noBuilding)) {
            m.run(1);
        }
        assertThat(lasting(farSighted, "agency", TRAIN_POLICE)).isGreaterThan(2 * lasting(shortSighted, "agency",
                TRAIN_POLICE));
        assertThat(lasting(shortSighted, "agency", TRAIN_POLICE)).isPositive();
        assertThat(lasting(noBuilding, "agency", TRAIN_POLICE)).isZero();
        assertThat(lasting(farSighted, "agency", PATROL)).isZero();
    }

    @Test
    void anActorThatKnowsItLeavesSoonValuesWhatItLeavesLess() {
        Constellation staying = agency(36, DeploymentSpec.permanent()).start(1);
        Constellation leaving = agency(36, new DeploymentSpec(0, 4, 0, 0, 0, 0)).start(1);
        staying.run(1);
        leaving.run(1);
        assertThat(lasting(leaving, "agency", SUPPORT)).isLessThan(0.5 * lasting(staying, "agency", SUPPORT));
    }

    @Test
    void aBetterFunctioningInstitutionGainsLessFromTheSameSupport() {
        Constellation m = agency(36, DeploymentSpec.permanent()).start(1);
        m.run(1);
        double weak = lasting(m, "agency", SUPPORT);
        m.region().countries().get(0).institution(Institution.SECURITY_FORCES).setCapacity(0.9);
        assertThat(lasting(m, "agency", SUPPORT)).isLessThan(weak);
    }

    private static double indirectEffort(Plan plan, Constellation m) {
        return plan.entries().stream().filter(e -> !m.catalogue().get(e.activity()).isDirect())
                .mapToDouble(e -> e.effort()).sum();
    }

    /**
     * Where another actor it knows of already saturates the need with direct work, what is left to gain is
     * the institution's capacity: the actor trains its forces as long as they can absorb, and not at all
     * if training left nothing behind.
     */
    @Test
    void whereDirectWorkIsSaturatedAnActorAllowedBothModesBuildsTheInstitution() {
        for (double building : new double[] {0.004, 0}) {
            Constellation m = agency(60, DeploymentSpec.permanent(), PATROL, SUPPORT)
                    .actor("mission", ActorType.MISSION, 30, List.of("a1", "a2"), PATROL)
                    .parameter("effects.capacity_building", building)
                    .parameter("beliefs.activity_visibility", 0).start(1);
            m.run(1);
            Actor agency = m.actor("agency");
            int patrol = m.catalogue().find(PATROL).index();
            agency.known().learn(m.actor("mission").index(), 0, patrol, 30, m.step());
            agency.known().learn(m.actor("mission").index(), 1, patrol, 30, m.step());
            double indirect = indirectEffort(m.planner().plan(agency, m, 4), m);
            if (building > 0) {
                assertThat(indirect).as("with capacity building").isGreaterThan(1);
            } else {
                assertThat(indirect).as("without capacity building").isLessThan(0.5);
            }
        }
    }
}
