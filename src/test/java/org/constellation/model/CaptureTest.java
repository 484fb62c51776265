package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.world.District;
import org.junit.jupiter.api.Test;

/** Capture is believed, not read: it lowers the value of aid to a captured institution, and can make aid conditional. */
class CaptureTest {

    private static final String TRAIN_FORCES = "terrorism/training-security-and-law-enforcement";

    /** Country a is captured (0.5), country b nearly clean (0.1); a donor trains in both. */
    private static TestWorld twoCountries() {
        return new TestWorld().country("a", 0.6, 0.5, 0.9, 0).country("b", 0.6, 0.1, 0.9, 0)
                .district("a1", "a", 0.6, 0.5).district("b1", "b", 0.6, 0.5).edge("a1", "b1");
    }

    private static TestWorld withDonor(TestWorld w, List<String> presence, double conditionality) {
        return w.actor("donor", ActorType.DONOR, 4, presence, TRAIN_FORCES).modify("donor", a -> new ActorSpec(a.id(),
                a.name(), a.type(), a.organisation(), a.doctrine(), a.presence(), a.capacity(), a.mandate(),
                a.executive(), a.funding(), a.deployment(), a.sensing(), a.horizon(), a.replanInterval(),
                a.watchdog(), conditionality));
    }

    @Test
    void anActorLearnsTheCaptureOfACountryWhereItIsPresentAndNotOfOthers() {
        Constellation m = withDonor(twoCountries(), List.of("a1"), 1).start(3);
        Actor donor = m.actor("donor");
        double prior = m.parameters().get(org.constellation.model.params.Parameters.CAPTURE_PRIOR);
        m.run(24);
        Institution forces = Institution.SECURITY_FORCES;
        double truth = m.host(m.region().countries().get(0)).capture(forces);
        assertThat(donor.believedCapture(m.region().countries().get(0), forces)).isEqualTo(truth, offset(0.1))
                .isNotEqualTo(truth);
        assertThat(donor.believedCapture(m.region().countries().get(1), forces)).isEqualTo(prior);
    }

    @Test
    void expectedDiversionLowersTheValueOfAidToACapturedInstitution() {
        Constellation m = withDonor(twoCountries(), List.of("a1"), 1).start(1);
        m.run(1);
        Actor donor = m.actor("donor");
        District a1 = donor.presence().get(0);
        ActivityType training = m.catalogue().find(TRAIN_FORCES);
        believe(m, donor, 0);
        m.valuation().prepare(donor, m);
        double cleanValue = m.valuation().value(donor, a1, training, m, 0);
        double cleanLasting = m.valuation().lasting(donor, a1, training);
        believe(m, donor, 0.6);
        m.valuation().prepare(donor, m);
        assertThat(m.valuation().value(donor, a1, training, m, 0)).isEqualTo(0.4 * cleanValue, offset(1e-9));
        assertThat(m.valuation().lasting(donor, a1, training)).isPositive().isLessThan(0.4 * cleanLasting);
    }

    /** Makes the actor believe every institution of the first country is captured to this degree. */
    private static void believe(Constellation m, Actor actor, double capture) {
        actor.captureBeliefs().forget(1, m.step());
        for (Institution i : Institution.all()) {
            actor.captureBeliefs().observe(0, i, capture, 0, m.step());
        }
    }

    private static double effortIn(Constellation m, String actor, int district) {
        int index = m.actor(actor).index();
        return m.ledger().current().stream().filter(e -> e.actor() == index && e.district() == district)
                .mapToDouble(Ledger.Entry::effort).sum();
    }

    @Test
    void aConditionalDonorWithholdsSupportWhileItBelievesAnInstitutionCapturedAndResumesWhenItNoLonger() {
        Constellation unconditional = withDonor(twoCountries(), List.of("a1", "b1"), 1)
                .parameter("beliefs.capture_noise", 0).start(1);
        Constellation conditional = withDonor(twoCountries(), List.of("a1", "b1"), 0.3)
                .parameter("beliefs.capture_noise", 0).start(1);
        unconditional.run(3);
        conditional.run(3);
        assertThat(effortIn(unconditional, "donor", 0)).isPositive();
        assertThat(effortIn(conditional, "donor", 0)).isZero();
        assertThat(effortIn(conditional, "donor", 1)).isPositive();

        Actor donor = conditional.actor("donor");
        believe(conditional, donor, 0.25);
        assertThat(conditional.planner().plan(donor, conditional, 4).entries())
                .anySatisfy(e -> assertThat(e.district()).isZero());
    }
}
