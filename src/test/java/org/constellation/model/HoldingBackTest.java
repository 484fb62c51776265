package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.Parameters;
import org.junit.jupiter.api.Test;

/** Actors spend only what is worth spending; donors bank unspent money within the funding cycle, staff time is lost. */
class HoldingBackTest {

    private static final String TRAIN_FORCES = "terrorism/training-security-and-law-enforcement";
    private static final String PATROL = "protection-of-civilians/physical-protection";

    /** An actor whose only work is training the forces of country a, which another actor fills beyond absorption. */
    private static Constellation facingOverload(ActorType type) {
        return TestWorld.twoDistricts(0.6).actor("trainer", type, 4, List.of("a1"), TRAIN_FORCES)
                .actor("other", ActorType.DONOR, 1, List.of("a2"), TRAIN_FORCES)
                .parameter("beliefs.activity_visibility", 0).start(1);
    }

    private static void learnOverload(Constellation m) {
        m.actor("trainer").known().learn(m.actor("other").index(), 1, m.catalogue().find(TRAIN_FORCES).index(), 5,
                m.step());
    }

    @Test
    void anActorFacingOnlyOverloadedInstitutionsHoldsBack() {
        Constellation m = facingOverload(ActorType.DONOR);
        m.run(1);
        Actor trainer = m.actor("trainer");
        assertThat(m.planner().plan(trainer, m, 4).entries()).isNotEmpty();
        learnOverload(m);
        assertThat(m.planner().plan(trainer, m, 4).entries()).isEmpty();
    }

    @Test
    void aDonorBanksWhatItHoldsBackUntilTheEndOfItsFundingCycle() {
        Constellation m = facingOverload(ActorType.DONOR);
        Actor trainer = m.actor("trainer");
        for (int t = 0; t < 12; t++) {
            learnOverload(m);
            m.run(1);
            assertThat(trainer.currentPlan().entries()).isEmpty();
            assertThat(trainer.bank()).isEqualTo(4.0 * (t + 1), offset(1e-9));
        }
        learnOverload(m);
        m.run(1);
        assertThat(trainer.bank()).as("a new cycle starts with this cycle's budget only").isEqualTo(4, offset(1e-9));
    }

    @Test
    void aMissionHoldsBackStaffTimeButCannotBankIt() {
        Constellation m = facingOverload(ActorType.MISSION);
        Actor trainer = m.actor("trainer");
        for (int t = 0; t < 3; t++) {
            learnOverload(m);
            m.run(1);
        }
        assertThat(trainer.currentPlan().entries()).isEmpty();
        assertThat(trainer.heldBack()).isEqualTo(4, offset(1e-9));
        assertThat(trainer.bank()).isZero();
    }

    @Test
    void workWorthLessThanTheReservationValueIsNotDone() {
        for (double reservation : new double[] {0.001, 0}) {
            Constellation m = TestWorld.twoDistricts(0.002).actor("mission", ActorType.MISSION, 3, List.of("a1"), PATROL)
                    .parameter("planning.reservation_value", reservation).start(1);
            m.run(1);
            double spent = m.actor("mission").currentPlan().totalEffort();
            assertThat(spent).as("reservation " + reservation).isEqualTo(reservation > 0 ? 0 : 3, offset(1e-9));
        }
    }
    /** What a plan puts on the institution its work goes through. */
    private static double absorptionOf(Constellation m, String activity) {
        return m.region().countries().get(0).institution(m.catalogue().find(activity).institution()).absorption();
    }

    @Test
    void aDonorSpendsWhatItBankedWhenItsInstitutionFreesUpWithinTheCycle() {
        Constellation m = TestWorld.twoDistricts(0.6).actor("trainer", ActorType.DONOR, 1, List.of("a1"), TRAIN_FORCES)
                .actor("other", ActorType.DONOR, 1, List.of("a2"), TRAIN_FORCES)
                .replan("trainer", 12)
                .parameter("beliefs.activity_visibility", 0).start(1);
        Actor trainer = m.actor("trainer");
        assertThat(trainer.replanInterval()).as("an earmarked donor: it re-plans only when its cycle starts")
                .isEqualTo(m.parameters().getInt(Parameters.FUNDING_CYCLE));
        for (int t = 0; t < 3; t++) {
            learnOverload(m);
            m.run(1);
        }
        assertThat(trainer.currentPlan().entries()).isEmpty();
        assertThat(trainer.bank()).isEqualTo(3, offset(1e-9));
        assertThat(absorptionOf(m, TRAIN_FORCES)).as("more than a month's budget").isGreaterThan(1);
        double spent = 0;
        for (int t = 3; t < 12; t++) {
            double available = trainer.capacity(m) + trainer.bank();
            m.run(1);
            double month = trainer.currentPlan().totalEffort();
            assertThat(month).as("never beyond what the institution absorbs").isLessThanOrEqualTo(
                    absorptionOf(m, TRAIN_FORCES) + 1e-9);
            assertThat(month).as("never beyond the month's budget and the bank").isLessThanOrEqualTo(available + 1e-9);
            spent += month;
        }
        assertThat(spent + trainer.bank()).as("what it spent and what it holds are the cycle's budget")
                .isEqualTo(12, offset(1e-9));
        assertThat(spent).as("once the overload it knew of is forgotten, the bank is offered again before it lapses")
                .isPositive();
    }

    @Test
    void whatADonorAddsToItsCommittedPlanSeesTheAbsorptionItsOwnCommitmentTakes() {
        Constellation m = TestWorld.twoDistricts(0.6).actor("trainer", ActorType.DONOR, 20, List.of("a1"), TRAIN_FORCES)
                .start(1);
        m.run(1);
        Actor trainer = m.actor("trainer");
        var committed = m.planner().plan(trainer, m, 20);
        double absorption = absorptionOf(m, TRAIN_FORCES);
        assertThat(committed.totalEffort()).isPositive().isLessThanOrEqualTo(absorption + 1e-9);
        var added = m.planner().plan(trainer, m, 20, committed);
        assertThat(committed.totalEffort() + added.totalEffort()).isLessThanOrEqualTo(absorption + 1e-9);
        assertThat(m.planner().plan(trainer, m, 20, null).totalEffort()).isEqualTo(committed.totalEffort(),
                offset(1e-9));
    }
}
