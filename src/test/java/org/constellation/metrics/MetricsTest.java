package org.constellation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.GroupKind;
import org.constellation.model.world.NeedField;
import org.junit.jupiter.api.Test;

/** Each metric's definition, checked on hand-built worlds and hand-written 3W rows. */
class MetricsTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String SAFE_AREAS = "protection-of-civilians/safe-areas";

    private static Constellation twoActors() {
        return TestWorld.twoDistricts(0.5)
                .actor("mission", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL)
                .actor("agency", ActorType.UNCT_AGENCY, 2, List.of("a1", "a2"), PATROL).start(1);
    }

    private static int activity(Constellation m, String key) {
        return m.catalogue().find(key).index();
    }

    @Test
    void twoActorsDoingTheSameActivityInTheSameDistrictShowUpAsDuplication() {
        Constellation m = twoActors();
        m.ledger().record(0 + 1, 0, activity(m, PATROL), 3);
        m.ledger().record(0 + 2, 0, activity(m, PATROL), 1);
        assertThat(new Duplication().measure(m)).isEqualTo(0.25, offset(1e-12));
        assertThat(new MissionUnctDuplication().measure(m)).isEqualTo(0.5, offset(1e-12));
    }

    @Test
    void differentDistrictsOrActivitiesAreNotDuplication() {
        Constellation m = twoActors();
        m.ledger().record(1, 0, activity(m, PATROL), 3);
        m.ledger().record(2, 1, activity(m, PATROL), 1);
        m.ledger().record(2, 0, activity(m, SAFE_AREAS), 1);
        assertThat(new Duplication().measure(m)).isZero();
        assertThat(new MissionUnctDuplication().measure(m)).isZero();
    }

    @Test
    void anUnservedNeedShowsUpAsACoverageGap() {
        Constellation m = twoActors();
        double needy = 0;
        for (int cell = 0; cell < m.needs().cells(); cell++) {
            needy += m.needs().need(cell) > 0.3 ? 1 : 0;
        }
        assertThat(new CoverageGap().measure(m)).isEqualTo(1.0);
        m.ledger().record(1, 0, activity(m, PATROL), 1);
        assertThat(new CoverageGap().measure(m)).isEqualTo((needy - 1) / needy, offset(1e-12));
    }

    @Test
    void noNeedAboveTheThresholdMeansNoGap() {
        Constellation m = TestWorld.twoDistricts(0.1).start(1);
        assertThat(new CoverageGap().measure(m)).isZero();
    }

    @Test
    void unmetNeedIsThePopulationWeightedMeanNeed() {
        Constellation m = TestWorld.twoDistricts(0.4).start(1);
        assertThat(new UnmetNeed().measure(m)).isEqualTo(0.4, offset(1e-12));
        m.needs().setNeed(NeedField.cell(0, Challenge.TERRORISM), 1.0);
        assertThat(new UnmetNeed().measure(m)).isEqualTo(0.4 + 0.6 / 12, offset(1e-12));
    }

    @Test
    void trainingBeyondAnInstitutionsAbsorptionIsOverload() {
        String training = "terrorism/training-security-and-law-enforcement";
        Constellation m = TestWorld.twoDistricts(0.6)
                .actor("donor-1", ActorType.DONOR, 6, List.of("a1"), training)
                .actor("donor-2", ActorType.DONOR, 6, List.of("a1"), training)
                .parameter("planning.reservation_value", 0).parameter("beliefs.capture_noise", 0).start(1);
        m.run(1);
        // each, unaware of the other, fills the forces' absorption (3) and keeps the rest: 6 delivered, 3 absorbed
        assertThat(m.ledger().current().stream().mapToDouble(e -> e.effort()).sum()).isEqualTo(6.0, offset(1e-9));
        assertThat(new AbsorptionOverload().measure(m)).isEqualTo((6.0 - 3.0) / 6.0, offset(1e-9));
        assertThat(new DoctrineIncoherence().measure(m)).isEqualTo(0.5, offset(1e-9));
    }

    @Test
    void oneDoctrineIsCoherent() {
        String training = "terrorism/training-security-and-law-enforcement";
        Constellation m = TestWorld.twoDistricts(0.6)
                .actor("donor-1", ActorType.DONOR, 2, List.of("a1"), training).start(1);
        m.run(3);
        assertThat(new AbsorptionOverload().measure(m)).isZero();
        assertThat(new DoctrineIncoherence().measure(m)).isZero();
    }

    @Test
    void coordinationCostIsTheShareOfStaffTimeCharged() {
        Constellation m = twoActors();
        m.run(1);
        assertThat(new CoordinationCost().measure(m)).isZero();
        double capacity = m.actors().stream().mapToDouble(a -> a.capacity(m)).sum();
        m.accounts().chargeCoordination(1, 1.0, "test");
        assertThat(new CoordinationCost().measure(m)).isEqualTo(1.0 / capacity, offset(1e-12));
    }

    @Test
    void actorsThatObserveHaveSmallBeliefErrorAndFreshBeliefs() {
        Constellation m = twoActors();
        m.run(1);
        assertThat(new BeliefError().measure(m)).isLessThan(0.05);
        assertThat(new InformationLatency().measure(m)).isZero();
    }

    @Test
    void anActorThatNeverObservesKeepsThePriorsErrorAndStaleBeliefs() {
        Constellation m = TestWorld.twoDistricts(0.7)
                .actor("walled", ActorType.MISSION, 1, List.of("a1"), new DeploymentSpec(0, -1, 0, 0, 1.0), false, PATROL)
                .start(1);
        m.run(1);
        int walled = m.actor("walled").index();
        assertThat(m.actors()).hasSize(2);
        double hostError = Math.abs(m.actors().get(0).beliefs().need(0) - m.needs().need(0));
        assertThat(hostError).isLessThan(0.2);
        assertThat(m.actors().get(walled).beliefs().need(0)).isEqualTo(0.3);
        assertThat(new BeliefError().measure(m)).isGreaterThan(0.15);
        assertThat(new InformationLatency().measure(m)).isEqualTo(12.0);
    }

    @Test
    void groupStrengthIsSummed() {
        Constellation m = TestWorld.twoDistricts(0.5).group("g1", GroupKind.JIHADIST, "a1", 2)
                .group("g2", GroupKind.GANG, "a2", 1.5).start(1);
        assertThat(new ArmedGroupStrength().measure(m)).isEqualTo(3.5, offset(1e-12));
    }

    @Test
    void displacementCountsOnlyBorderCrossings() {
        Constellation m = TestWorld.twoDistricts(0.5).start(1);
        m.accounts().addDisplacement(2, false);
        assertThat(new CrossBorderDisplacement().measure(m)).isZero();
        m.accounts().addDisplacement(1.5, true);
        assertThat(new CrossBorderDisplacement().measure(m)).isEqualTo(1.5);
    }

    @Test
    void aMissionThatClosesWithoutSuccessorLeavesATransitionDrop() {
        Constellation m = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(0, 4, 0, 0, 0), false, PATROL)
                .parameter("needs.protection-of-civilians.decay", 0).start(1);
        m.run(4);
        assertThat(new TransitionDrop().measure(m)).isZero();
        m.run(1);
        assertThat(new TransitionDrop().measure(m)).isEqualTo(1.0);
    }

    @Test
    void aClosureCoveredBySomeoneElseIsNoDrop() {
        Constellation m = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(0, 4, 0, 0, 0), false, PATROL)
                .actor("agency", ActorType.UNCT_AGENCY, 3, List.of("a1"), SAFE_AREAS)
                .parameter("needs.protection-of-civilians.decay", 0).start(1);
        m.run(5);
        assertThat(new TransitionDrop().measure(m)).isZero();
    }

    @Test
    void missionPersonnelDoHarmInsideTheFenceUnlessMitigated() {
        Constellation m = TestWorld.twoDistricts(0.3)
                .actor("mission", ActorType.MISSION, 0.0001, List.of("a1"), new DeploymentSpec(0, -1, 10, 0, 0), false,
                        PATROL)
                .start(1);
        m.run(1);
        double expected = 10 * (0.004 + 0.001 + 0.002);
        assertThat(new InsideFenceHarm().measure(m)).isEqualTo(expected, offset(1e-6));
        Constellation none = twoActors();
        none.run(1);
        assertThat(new InsideFenceHarm().measure(none)).isZero();
    }

    @Test
    void trustOfActorsThatNeitherHelpNorHarmStaysNeutral() {
        Constellation m = TestWorld.twoDistricts(0.5).actor("idle", ActorType.MISSION, 0, List.of("a1"), PATROL).start(1);
        assertThat(new Trust().measure(m)).isZero();
        m.run(3);
        assertThat(new Trust().measure(m)).isEqualTo(0.5);
        assertThat(new HostLegitimacy().measure(m)).isEqualTo(0.5);
    }

    @Test
    void trustRisesForAnActorThatDelivers() {
        Constellation m = twoActors();
        m.run(6);
        assertThat(new Trust().measure(m)).isGreaterThan(0.5);
    }

    @Test
    void everyStandardMetricHasAUniqueNameAndADescription() {
        List<Metric> metrics = Metrics.standard();
        assertThat(metrics.stream().map(Metric::name).distinct().count()).isEqualTo(metrics.size());
        assertThat(metrics).allSatisfy(mt -> assertThat(mt.description()).isNotBlank());
        assertThat(Metrics.names()).contains("duplication", "coverage_gap", "unmet_need", "absorption_overload",
                "doctrine_incoherence", "coordination_cost", "belief_error", "armed_group_strength",
                "cross_border_displacement", "transition_drop", "inside_fence_harm", "trust");
    }
}
