package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.DeploymentSpec;
import org.junit.jupiter.api.Test;

/**
 * Emergent properties of the planner (nothing in it says "mix"): an agency allowed both modes, working where
 * the host institutions can absorb support, mixes direct and indirect work; the more captured the host, the
 * less of its effort goes through the host's institutions; and what it does follows from what each mode
 * leaves behind, so with the lasting gain switched off it works directly.
 */
class MixingModesTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String SAFE_AREAS = "protection-of-civilians/safe-areas";
    private static final String SUPPORT = "protection-of-civilians/supporting-authorities-to-protect-civilians";
    private static final String TRAIN_POLICE = "organized-crime/training-police-border-and-justice";
    private static final int STEPS = 36;

    /**
     * Two districts of a country with a host of this capture and forces of its own, and an agency with a
     * five-year horizon, large enough to take its direct work on protection well into diminishing returns.
     */
    private static TestWorld world(double capture) {
        TestWorld w = new TestWorld().country("a", 0.6, capture, 0.9, 6).district("a1", "a", 0.5, 0.5)
                .district("a2", "a", 0.5, 0.5).edge("a1", "a2")
                .actor("agency", ActorType.UNCT_AGENCY, 12, List.of("a1", "a2"), DeploymentSpec.permanent(), false,
                        PATROL, SAFE_AREAS, SUPPORT, TRAIN_POLICE);
        return w.modify("agency", a -> new ActorSpec(a.id(), a.name(), a.type(), a.organisation(), a.doctrine(),
                a.presence(), a.capacity(), a.mandate(), true, a.funding(), a.deployment(), a.sensing(), 60,
                a.replanInterval(), a.watchdog()));
    }

    /** The agency's indirect share of its effort over a run, with a parameter override or none. */
    private static double indirectShare(TestWorld w, String... parameter) {
        if (parameter.length == 2) {
            w.parameter(parameter[0], Double.parseDouble(parameter[1]));
        }
        Constellation m = w.start(7);
        double[] effort = new double[2];
        m.observe(state -> {
            for (Ledger.Entry e : m.ledger().current()) {
                ActivityType type = m.catalogue().get(e.activity());
                if (m.actors().get(e.actor()).id().equals("agency")) {
                    effort[type.isDirect() ? 0 : 1] += e.effort();
                }
            }
        });
        m.run(STEPS);
        return effort[1] / (effort[0] + effort[1]);
    }

    @Test
    void anAgencyAllowedBothModesMixesThemWhereInstitutionsCanAbsorb() {
        assertThat(indirectShare(world(0.1))).isBetween(0.05, 0.95);
    }

    @Test
    void theMoreCapturedTheHostTheLessGoesThroughItsInstitutions() {
        double clean = indirectShare(world(0.1));
        double captured = indirectShare(world(0.6));
        assertThat(captured).isLessThan(clean - 0.05);
        assertThat(indirectShare(world(0.6), "planning.capture_belief", "0")).as("blind to capture")
                .isGreaterThan(captured + 0.05);
    }

    @Test
    void withoutTheLastingGainItWorksDirectly() {
        assertThat(indirectShare(world(0.1), "planning.lasting_weight", "0"))
                .isLessThan(indirectShare(world(0.1)) - 0.05);
    }
}
