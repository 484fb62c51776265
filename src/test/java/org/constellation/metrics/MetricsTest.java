package org.constellation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.CellResponse;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.GroupKind;
import org.constellation.model.spec.ShockSpec;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;
import org.junit.jupiter.api.Test;

/** Each metric's definition, checked on hand-built worlds and hand-written 3W rows. */
class MetricsTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String SAFE_AREAS = "protection-of-civilians/safe-areas";
    private static final String PROVISION = "protection-of-civilians/provision-of-security";
    private static final String SUPPORT_AUTHORITIES =
            "protection-of-civilians/supporting-authorities-to-protect-civilians";

    private static Constellation twoActors() {
        return TestWorld.twoDistricts(0.5)
                .actor("mission", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL)
                .actor("agency", ActorType.UNCT_AGENCY, 2, List.of("a1", "a2"), PATROL).start(1);
    }

    private static int activity(Constellation m, String key) {
        return m.catalogue().find(key).index();
    }

    @Test
    void twoActorsOnTheSameActivityOverlapButNeedNotBeRedundant() {
        Constellation m = working(twoActors());
        m.ledger().record(1, 0, activity(m, PATROL), 3);
        m.ledger().record(2, 0, activity(m, PATROL), 1);
        assertThat(new ActivityOverlap().measure(m)).isEqualTo(0.25, offset(1e-12));
        assertThat(new MissionUnctActivityOverlap().measure(m)).isEqualTo(0.5, offset(1e-12));
        assertThat(new RedundantEffort().measure(m)).isZero();
        assertThat(new MissionUnctRedundancy().measure(m)).isZero();
        assertThat(new ComplementaryEffort().measure(m)).isEqualTo(0.25, offset(1e-12));
    }

    @Test
    void effortASecondActorAddsToANeedCellBeyondSaturationIsRedundantWhateverTheActivity() {
        Constellation m = working(twoActors());
        double sat = 3 * Math.log(20);
        m.ledger().record(1, 0, activity(m, PATROL), 6);
        m.ledger().record(2, 0, activity(m, SAFE_AREAS), 5);
        assertThat(new ActivityOverlap().measure(m)).isZero();
        assertThat(new RedundantEffort().measure(m)).isEqualTo((11 - sat) / 11, offset(1e-12));
        assertThat(new ComplementaryEffort().measure(m)).isEqualTo((sat - 6) / 11, offset(1e-12));
        assertThat(new MissionUnctRedundancy().measure(m)).isEqualTo((11 - sat) / 11, offset(1e-12));
    }

    @Test
    void oneActorBeyondSaturationAloneIsNotRedundant() {
        Constellation m = working(twoActors());
        m.ledger().record(1, 0, activity(m, PATROL), 20);
        m.ledger().record(2, 1, activity(m, PATROL), 1);
        assertThat(new RedundantEffort().measure(m)).isZero();
        assertThat(new ComplementaryEffort().measure(m)).isZero();
        m.ledger().record(2, 0, activity(m, SAFE_AREAS), 1);
        assertThat(new RedundantEffort().measure(m)).isEqualTo(1.0 / 22, offset(1e-12));
    }

    @Test
    void anActorsEffortOnACellCountsTogetherWhateverTheOrderOfItsRows() {
        Constellation m = working(twoActors());
        m.ledger().record(1, 0, activity(m, PATROL), 6);
        m.ledger().record(2, 0, activity(m, SAFE_AREAS), 2);
        m.ledger().record(1, 0, activity(m, SAFE_AREAS), 5);
        assertThat(new RedundantEffort().measure(m)).isEqualTo(2.0 / 13, offset(1e-12));
        assertThat(new ComplementaryEffort().measure(m)).isZero();
    }

    @Test
    void differentNeedCellsAreNeitherRedundantNorComplementary() {
        Constellation m = working(twoActors());
        m.ledger().record(1, 0, activity(m, PATROL), 9);
        m.ledger().record(2, 1, activity(m, PATROL), 9);
        m.ledger().record(2, 0, activity(m, "terrorism/strategic-communications"), 9);
        assertThat(new RedundantEffort().measure(m)).isZero();
        assertThat(new ComplementaryEffort().measure(m)).isZero();
        assertThat(new MissionUnctRedundancy().measure(m)).isZero();
    }

    @Test
    void aCellsNeedAndItsDriverSaturateApartAsInTheEffects() {
        Constellation m = working(twoActors());
        double sat = 3 * Math.log(20);
        m.ledger().record(1, 0, activity(m, PATROL), 6);
        m.ledger().record(2, 0, activity(m, PROVISION), 9);
        assertThat(new RedundantEffort().measure(m)).isZero();
        assertThat(new ComplementaryEffort().measure(m)).isZero();
        assertThat(new MissionUnctRedundancy().measure(m)).isZero();
        m.ledger().record(2, 0, activity(m, SAFE_AREAS), 5);
        assertThat(new RedundantEffort().measure(m)).isEqualTo((11 - sat) / 20, offset(1e-12));
        assertThat(new ComplementaryEffort().measure(m)).isEqualTo((sat - 6) / 20, offset(1e-12));
    }

    @Test
    void coverageCountsIndirectWorkAsFarAsTheCellResponseOfTheEffectsDoes() {
        Constellation m = working(TestWorld.twoDistricts(0.5).actor("mission", ActorType.MISSION, 2, List.of("a1",
                "a2"), PATROL, SUPPORT_AUTHORITIES).start(1));
        CellResponse cells = m.valuation().cells();
        District a1 = m.region().district(0);
        double direct = cells.level(Mode.DIRECT, Target.CONSEQUENCES, a1, m);
        double indirect = cells.level(Mode.INDIRECT, Target.CONSEQUENCES, a1, m);
        assertThat(indirect).isPositive().isLessThan(direct);
        m.ledger().record(1, 0, activity(m, PATROL), 3);
        m.ledger().record(1, 0, activity(m, SUPPORT_AUTHORITIES), 3);
        double three = 1 - Math.exp(-1);
        double six = 1 - Math.exp(-2);
        double share = ((direct - indirect) * three + indirect * six) / direct;
        assertThat(share).isStrictlyBetween(three, six);
        assertThat(Coverage.byCell().measure(m)).isEqualTo(share / 2, offset(1e-12));
    }

    @Test
    void coverageGradesEachReachableCellInNeedByHowCloseItsEffortComesToSaturation() {
        Constellation m = working(TestWorld.twoDistricts(0.5).actor("mission", ActorType.MISSION, 2, List.of("a1",
                "a2"), PATROL).start(1));
        assertThat(Coverage.byNeed().measure(m)).isZero();
        assertThat(new OutOfReach().measure(m)).isEqualTo(10.0 / 12, offset(1e-12));
        m.ledger().record(1, 0, activity(m, PATROL), 3);
        double share = 1 - Math.exp(-1);
        assertThat(Coverage.byNeed().measure(m)).isEqualTo(share / 2, offset(1e-12));
        assertThat(Coverage.byCell().measure(m)).isEqualTo(share / 2, offset(1e-12));
        m.ledger().record(1, 1, activity(m, PATROL), 30);
        assertThat(Coverage.byNeed().measure(m)).isGreaterThan(0.8).isLessThan(1);
    }

    @Test
    void coverageByNeedWeighsCellsByTheirReferenceNeed() {
        Constellation m = working(new TestWorld().country("a").district("a1", "a", 0.8, 0.5)
                .district("a2", "a", 0.4, 0.5).actor("mission", ActorType.MISSION, 2, List.of("a1", "a2"), PATROL)
                .start(1));
        m.ledger().record(1, 0, activity(m, PATROL), 3);
        double share = 1 - Math.exp(-1);
        assertThat(Coverage.byNeed().measure(m)).isEqualTo(0.8 * share / 1.2, offset(1e-12));
        assertThat(Coverage.byCell().measure(m)).isEqualTo(share / 2, offset(1e-12));
        assertThat(new OutOfReach().measure(m)).isEqualTo(10 * 0.6 / 12 / 0.6, offset(1e-12));
    }

    @Test
    void withNoCellInNeedEverythingIsCoveredAndNothingOutOfReach() {
        Constellation m = working(TestWorld.twoDistricts(0.1).start(1));
        assertThat(Coverage.byNeed().measure(m)).isEqualTo(1.0);
        assertThat(Coverage.byCell().measure(m)).isEqualTo(1.0);
        assertThat(new OutOfReach().measure(m)).isZero();
    }

    @Test
    void aShockAddsTheCellsItPushesIntoNeedToTheReference() {
        Constellation m = TestWorld.twoDistricts(0.1).actor("who", ActorType.UNCT_AGENCY, 2, List.of("a1"),
                "epidemics/vaccinating-communities").shock(new ShockSpec.EpidemicOutbreak(2, "a1", 0.5)).start(1);
        m.run(2);
        assertThat(m.needs().reference(NeedField.cell(0, Challenge.EPIDEMICS))).isEqualTo(0.1);
        m.run(1);
        assertThat(m.needs().reference(NeedField.cell(0, Challenge.EPIDEMICS))).isGreaterThan(0.5);
        assertThat(new OutOfReach().measure(m)).isZero();
        assertThat(Coverage.byCell().measure(m)).isEqualTo(1 - Math.exp(-2.0 / 3), offset(1e-9));
    }

    @Test
    void unmetNeedIsThePopulationWeightedMeanNeed() {
        Constellation m = TestWorld.twoDistricts(0.4).start(1);
        assertThat(UnmetNeed.all().measure(m)).isEqualTo(0.4, offset(1e-12));
        m.needs().setNeed(NeedField.cell(0, Challenge.TERRORISM), 1.0);
        assertThat(UnmetNeed.all().measure(m)).isEqualTo(0.4 + 0.6 / 12, offset(1e-12));
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
        assertThat(new BorderCrossings().measure(m)).isZero();
        m.accounts().addDisplacement(1.5, true);
        assertThat(new BorderCrossings().measure(m)).isEqualTo(1.5);
    }

    /**
     * A mission putting 3 units a step on protection of civilians in a1 closes at step 6, announced at
     * step 4; its reference period is steps 2-3 (the two steps before the announcement); an agency doing
     * the same need's other activity with {@code successor} units deploys at {@code start}.
     */
    private static Constellation closing(double successor, int start) {
        return TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(0, 6, 0, 0, 0, 4), false,
                        PATROL)
                .actor("agency", ActorType.UNCT_AGENCY, successor, List.of("a1"),
                        new DeploymentSpec(start, -1, 0, 0, 0), false, SAFE_AREAS)
                .parameter("metrics.transition_baseline", 2)
                .parameter("needs.protection-of-civilians.decay", 0).start(1);
    }

    @Test
    void aMissionThatClosesRecordsWhatItDidBeforeItsTaper() {
        Constellation m = closing(1, 6);
        m.run(7);
        assertThat(m.closures()).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(6);
            assertThat(r.before().from()).isEqualTo(2);
            assertThat(r.before().to()).isEqualTo(4);
            assertThat(r.before().cells()).containsExactly(CellResponse.targetIndex(
                    NeedField.cell(0, Challenge.PROTECTION_OF_CIVILIANS), Target.CONSEQUENCES));
            assertThat(r.before().own(0)).isEqualTo(3.0, offset(1e-12));
            assertThat(r.before().others(0)).isZero();
        });
    }

    @Test
    void aClosureByShockBeforeAnyAnnouncementIsMeasuredUpToTheClosure() {
        Constellation m = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(0, 20, 0, 0, 0, 14), false,
                        PATROL)
                .parameter("metrics.transition_baseline", 2).shock(new ShockSpec.MissionClosure(6, "mission")).start(1);
        m.run(7);
        assertThat(m.closures()).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(6);
            assertThat(r.before().from()).isEqualTo(4);
            assertThat(r.before().to()).isEqualTo(6);
        });
    }

    @Test
    void theReferencePeriodMovesWithTheAnnouncementNotWithTheEnd() {
        for (int end : new int[] {8, 12}) {
            Constellation m = TestWorld.twoDistricts(0.6)
                    .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(0, end, 0, 0, 0, 5),
                            false, PATROL)
                    .parameter("metrics.transition_baseline", 2).start(1);
            m.run(end + 1);
            assertThat(m.closures()).singleElement().satisfies(r -> {
                assertThat(r.before().from()).as("end " + end).isEqualTo(3);
                assertThat(r.before().to()).as("end " + end).isEqualTo(5);
                assertThat(r.before().own(0)).isEqualTo(3.0, offset(1e-12));
            });
        }
    }

    /** Its end at 6 is announced by the default notice (6 steps) at step 0, before it deploys at step 1. */
    @Test
    void anActorWhoseEndWasAnnouncedBeforeItDeployedIsMeasuredFromItsStart() {
        Constellation m = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 3, List.of("a1"), new DeploymentSpec(1, 6, 0, 0, 0), false, PATROL)
                .start(1);
        m.run(7);
        assertThat(m.closures()).singleElement().satisfies(r -> {
            assertThat(r.before().from()).isEqualTo(1);
            assertThat(r.before().to()).isEqualTo(6);
            assertThat(r.before().own(0)).isEqualTo(3.0, offset(1e-12));
        });
    }

    @Test
    void aSuccessorPuttingInAThirdOfTheEffortReplacesAThird() {
        Constellation m = closing(1, 6);
        m.run(6);
        assertThat(new TransitionShortfall().measure(m)).isZero();
        m.run(1);
        assertThat(new TransitionShortfall().measure(m)).isEqualTo(2.0 / 3, offset(1e-9));
        assertThat(RetiredMetrics.transitionDrop().measure(m)).as("the old binary measure calls it a full handover")
                .isZero();
    }

    @Test
    void aClosureWithoutSuccessorLeavesAllItsEffortUnreplacedAndAFullSuccessorNone() {
        Constellation none = closing(0, 6);
        none.run(7);
        assertThat(new TransitionShortfall().measure(none)).isEqualTo(1.0);
        Constellation full = closing(5, 6);
        full.run(7);
        assertThat(new TransitionShortfall().measure(full)).isZero();
    }

    @Test
    void effortThatWasAlreadyThereReplacesNothing() {
        Constellation m = closing(1, 0);
        m.run(7);
        assertThat(new TransitionShortfall().measure(m)).isEqualTo(1.0, offset(1e-9));
        assertThat(RetiredMetrics.transitionDrop().measure(m)).isZero();
    }

    @Test
    void theShortfallIsWatchedForTheTransitionWindowOnly() {
        Constellation m = closing(0, 6);
        m.run(6 + 12);
        assertThat(new TransitionShortfall().measure(m)).isEqualTo(1.0);
        m.run(1);
        assertThat(new TransitionShortfall().measure(m)).isZero();
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
    void everyStandardMetricHasAUniqueNameADescriptionAndSaysWhatItCannotMeasure() {
        List<Metric> metrics = Metrics.standard();
        assertThat(metrics.stream().map(Metric::name).distinct().count()).isEqualTo(metrics.size());
        assertThat(metrics).allSatisfy(mt -> {
            assertThat(mt.name()).matches("[a-z][a-z0-9_]*");
            assertThat(mt.description()).isNotBlank();
            assertThat(mt.cannot()).isNotBlank();
        });
        assertThat(Metrics.names()).contains("redundant_effort", "complementary_effort", "mission_unct_redundancy",
                "coverage_by_need", "coverage_by_cell", "out_of_reach", "transition_shortfall", "unmet_need",
                "unmet_need_protection_of_civilians", "border_crossings", "activity_overlap",
                "mission_unct_activity_overlap", "absorption_overload", "trust")
                .doesNotContain("duplication", "coverage_gap", "transition_drop", "cross_border_displacement");
    }

    @Test
    void theAggregateUnmetNeedIsTheMeanOfThePerChallengeValues() {
        Constellation m = TestWorld.twoDistricts(0.4).start(1);
        m.needs().setNeed(NeedField.cell(0, Challenge.TERRORISM), 1.0);
        double sum = 0;
        for (Challenge c : Challenge.all()) {
            sum += UnmetNeed.of(c).measure(m);
        }
        assertThat(UnmetNeed.of(Challenge.TERRORISM).measure(m)).isEqualTo(0.7, offset(1e-12));
        assertThat(UnmetNeed.all().measure(m)).isEqualTo(sum / Challenge.COUNT, offset(1e-12));
    }

    /** Runs a started model one step, so that its actors are active, and empties the current ledger. */
    static Constellation working(Constellation m) {
        m.run(1);
        m.ledger().roll();
        return m;
    }
}
