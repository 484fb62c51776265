package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.constellation.coordination.Activities.MEDIATION;

import java.util.List;
import java.util.Map;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.CoordinationMechanism;
import org.junit.jupiter.api.Test;

/** A mechanism's cost is a share of each member's staff time; flat costs remain an option. */
class ScaledCostsTest {

    private static Constellation world(CoordinationMechanism mechanism, double elasticity) {
        Constellation m = TestWorld.twoDistricts(0.5)
                .actor("big", ActorType.MISSION, 40, List.of("a1", "a2"), MEDIATION)
                .actor("small", ActorType.MISSION, 2, List.of("a1", "a2"), MEDIATION)
                .parameter("coordination.cost_elasticity", elasticity).mechanism(mechanism).start(1);
        m.run(1);
        return m;
    }

    private static double charged(Constellation m, String actor) {
        return m.accounts().coordination(m.actor(actor).index());
    }

    private static CoordinationMechanism focalPoints() {
        return Runs.mechanism("focal-points", Map.of("cost", 0.1), Map.of("members", List.of("big", "small")));
    }

    @Test
    void aFocalPointCostsEachMemberInProportionToItsSize() {
        Constellation m = world(focalPoints(), 1);
        assertThat(charged(m, "big")).isEqualTo(0.1 * 40 / 10, offset(1e-12));
        assertThat(charged(m, "small")).isEqualTo(0.1 * 2 / 10, offset(1e-12));
        assertThat(charged(m, "big") / m.actor("big").nominalCapacity())
                .isEqualTo(charged(m, "small") / m.actor("small").nominalCapacity(), offset(1e-12));
    }

    @Test
    void atElasticityZeroEveryMemberPaysTheSameFlatCost() {
        Constellation m = world(focalPoints(), 0);
        assertThat(charged(m, "big")).isEqualTo(0.1, offset(1e-12));
        assertThat(charged(m, "small")).isEqualTo(0.1, offset(1e-12));
    }

    @Test
    void aFeeThatIsAlreadyAShareIsNotScaledAgain() {
        for (double elasticity : new double[] {0, 1}) {
            Constellation m = world(Runs.mechanism("pooled-fund", Map.of(), Map.of("members", List.of("big", "small"))),
                    elasticity);
            assertThat(charged(m, "big")).isEqualTo(0.03 * 40, offset(1e-12));
            assertThat(charged(m, "small")).isEqualTo(0.03 * 2, offset(1e-12));
        }
    }
}
