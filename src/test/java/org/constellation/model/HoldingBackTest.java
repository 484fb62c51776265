package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.agents.Actor;
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
}
