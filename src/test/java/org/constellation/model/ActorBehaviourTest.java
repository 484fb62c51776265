package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.Status;
import org.constellation.model.plan.Plan;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.GroupKind;
import org.constellation.model.world.NeedField;
import org.junit.jupiter.api.Test;

class ActorBehaviourTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String QIP = "organized-crime/quick-impact-projects";

    private static double effortOf(Constellation m, String actor, int district) {
        int index = m.actor(actor).index();
        return m.ledger().current().stream().filter(e -> e.actor() == index && e.district() == district)
                .mapToDouble(Ledger.Entry::effort).sum();
    }

    @Test
    void aMissionClosesAtItsEndDateAndLeavesItsCellsOnRecord() {
        Constellation m = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(0, 5, 0, 0, 0), false, PATROL)
                .start(1);
        m.run(5);
        assertThat(m.actor("mission").status()).isEqualTo(Status.ACTIVE);
        m.run(1);
        assertThat(m.actor("mission").status()).isEqualTo(Status.CLOSED);
        assertThat(m.closures()).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(5);
            assertThat(r.cells()).contains(NeedField.cell(0, Challenge.PROTECTION_OF_CIVILIANS));
        });
        assertThat(effortOf(m, "mission", 0)).isZero();
    }

    @Test
    void aMissionNotYetDeployedDoesNothing() {
        Constellation m = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(4, -1, 0, 0, 0), false, PATROL)
                .start(1);
        m.run(2);
        assertThat(m.actor("mission").status()).isEqualTo(Status.PENDING);
        assertThat(effortOf(m, "mission", 0)).isZero();
        m.run(3);
        assertThat(effortOf(m, "mission", 0)).isGreaterThan(0);
    }

    @Test
    void aHostThatWithdrawsConsentForcesTheMissionOutAfterItsNotice() {
        Constellation consenting = new TestWorld().country("a", 0.6, 0, 0.9, 5).district("a1", "a", 0.6, 0.5)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), PATROL).start(1);
        Constellation refusing = new TestWorld().country("a", 0.6, 0, 0.1, 5).district("a1", "a", 0.6, 0.5)
                .parameter("host.withdrawal_notice", 4)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), PATROL).start(1);
        consenting.run(3);
        refusing.run(3);
        assertThat(effortOf(consenting, "mission", 0)).isGreaterThan(0);
        assertThat(effortOf(refusing, "mission", 0)).as("it keeps working through its notice").isGreaterThan(0);
        assertThat(refusing.actor("mission").announcedEnd(refusing.step())).isEqualTo(4);
        refusing.run(2);
        assertThat(refusing.actor("mission").status()).isEqualTo(Status.CLOSED);
        assertThat(refusing.closures()).singleElement().satisfies(r -> assertThat(r.step()).isEqualTo(4));
        consenting.run(10);
        assertThat(consenting.actor("mission").isActive()).isTrue();
    }

    @Test
    void countryTeamAgenciesStayOutOfDistrictsTheyBelieveInsecure() {
        Constellation m = TestWorld.twoDistricts(0.6).group("g", GroupKind.JIHADIST, "a1", 6)
                .parameter("groups.move_sensitivity", 0)
                .actor("agency", ActorType.UNCT_AGENCY, 4, List.of("a1", "a2"), QIP).start(1);
        m.run(3);
        assertThat(effortOf(m, "agency", 0)).isZero();
        assertThat(effortOf(m, "agency", 1)).isGreaterThan(0);
    }

    @Test
    void earmarkedDonorsKeepTheirAllocationForTheBudgetCycle() {
        ActorSpec base = TestWorld.twoDistricts(0.5)
                .actor("donor", ActorType.DONOR, 4, List.of("a1", "a2"), "organized-crime/institution-building",
                        "organized-crime/rule-of-law-and-human-rights")
                .spec().actors().get(0);
        ActorSpec earmarked = new ActorSpec(base.id(), base.name(), base.type(), base.organisation(), base.doctrine(),
                base.presence(), base.capacity(), base.mandate(), false, base.funding(), base.deployment(),
                base.sensing(), base.horizon(), 12, false);
        Constellation m = TestWorld.twoDistricts(0.5).actor(earmarked)
                .shock(new org.constellation.model.spec.ShockSpec.EpidemicOutbreak(3, "a2", 0.4)).start(1);
        m.run(1);
        List<PlannedActivity> first = m.actor("donor").lastPlan().entries();
        for (int t = 1; t < 12; t++) {
            m.run(1);
            assertThat(m.actor("donor").lastPlan().entries()).isEqualTo(first);
        }
    }

    @Test
    void civilSocietyLosesCapacityWhereArmedGroupsAreStrong() {
        Constellation safe = TestWorld.twoDistricts(0.5)
                .actor("cso", ActorType.CIVIL_SOCIETY, 2, List.of("a1"), PATROL).start(1);
        Constellation unsafe = TestWorld.twoDistricts(0.5).group("g", GroupKind.ARMED_GROUP, "a1", 8)
                .actor("cso", ActorType.CIVIL_SOCIETY, 2, List.of("a1"), PATROL).start(1);
        safe.run(1);
        unsafe.run(1);
        assertThat(unsafe.actor("cso").capacity(unsafe)).isLessThan(0.7 * safe.actor("cso").capacity(safe));
    }

    @Test
    void anActorAvoidsWorkItKnowsAnotherActorAlreadySaturates() {
        Constellation m = TestWorld.twoDistricts(0.5)
                .actor("first", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL)
                .actor("second", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL)
                .parameter("beliefs.activity_visibility", 0).start(1);
        m.run(1);
        Actor second = m.actor("second");
        int patrol = m.catalogue().find(PATROL).index();
        second.known().learn(m.actor("first").index(), 0, patrol, 20, m.step());
        Plan plan = m.planner().plan(second, m, 2);
        assertThat(plan.entries()).isNotEmpty().allSatisfy(a -> assertThat(a.district()).isEqualTo(1));
    }

    @Test
    void whatAnActorDoesNotKnowItCannotAvoid() {
        Constellation m = TestWorld.twoDistricts(0.5)
                .actor("first", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL)
                .actor("second", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL)
                .parameter("beliefs.activity_visibility", 0).start(1);
        m.run(1);
        Plan plan = m.planner().plan(m.actor("second"), m, 2);
        assertThat(plan.entries()).anySatisfy(a -> assertThat(a.district()).isZero());
    }

    @Test
    void sensingBringsBeliefsCloseToTheTruth() {
        Constellation m = TestWorld.twoDistricts(0.7)
                .actor("agency", ActorType.UNCT_AGENCY, 1, List.of("a1"), QIP).start(1);
        Actor agency = m.actor("agency");
        int cell = NeedField.cell(0, Challenge.ORGANIZED_CRIME);
        double before = Math.abs(agency.beliefs().need(cell) - m.needs().need(cell));
        m.run(1);
        double after = Math.abs(agency.beliefs().need(cell) - m.needs().need(cell));
        assertThat(before).isGreaterThan(0.3);
        assertThat(after).isLessThan(0.05);
    }

    @Test
    void beliefsAboutDistrictsWhereTheActorIsAbsentStayAtThePrior() {
        Constellation m = TestWorld.twoDistricts(0.7)
                .actor("agency", ActorType.UNCT_AGENCY, 1, List.of("a1"), QIP).start(1);
        m.run(3);
        Actor agency = m.actor("agency");
        assertThat(agency.beliefs().need(NeedField.cell(1, Challenge.ORGANIZED_CRIME)))
                .isEqualTo(agency.beliefs().priorMean());
    }

    @Test
    void staffRotationErodesKnowledgeAndWorkingTrust() {
        Constellation m = TestWorld.twoDistricts(0.7)
                .actor("mission", ActorType.MISSION, 2, List.of("a1"), new DeploymentSpec(0, -1, 0, 4, 0), false, PATROL)
                .actor("agency", ActorType.UNCT_AGENCY, 1, List.of("a1"), QIP).start(1);
        Actor mission = m.actor("mission");
        double trustBefore = m.relations().trust(mission.index(), m.actor("agency").index());
        boolean rotated = false;
        for (int t = 0; t < 8 && !rotated; t++) {
            m.run(1);
            rotated = m.rotatedThisStep().contains(mission);
        }
        assertThat(rotated).isTrue();
        assertThat(m.relations().trust(mission.index(), m.actor("agency").index())).isLessThan(trustBefore);
    }
}
