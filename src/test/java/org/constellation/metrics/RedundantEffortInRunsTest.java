package org.constellation.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.junit.jupiter.api.Test;

/**
 * redundant_effort is 0 at every step of the default Sahel run because no actor's plan and nobody's
 * together take a need cell's target past saturation there (the planner plans with the same cell response),
 * not because the metric or CellResponse cannot see it: two actors who can only patrol one cell, and do not
 * know of each other, push it past saturation in a run, and the metric measures the second actor's surplus.
 */
class RedundantEffortInRunsTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";

    private static List<Double> run(double capacity) {
        Constellation m = new TestWorld().country("a").district("a1", "a", 0.8, 0.5)
                .actor("mission", ActorType.MISSION, capacity, List.of("a1"), PATROL)
                .actor("agency", ActorType.UNCT_AGENCY, capacity, List.of("a1"), PATROL)
                .parameter("beliefs.activity_visibility", 0).start(5);
        List<Double> values = new ArrayList<>();
        RedundantEffort metric = new RedundantEffort();
        m.observe(state -> values.add(metric.measure((Constellation) state)));
        m.run(6);
        return values;
    }

    @Test
    void twoActorsWhoDoNotKnowOfEachOtherPushACellPastSaturation() {
        // 10 + 10 units on one cell target saturated at S ln 20 = 9: (20 - 10) / 20 beyond it
        assertThat(run(10)).hasSize(6).allSatisfy(v -> assertThat(v).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9)));
        // 4 + 4 units stay below it: complementary, not redundant
        assertThat(run(4)).hasSize(6).allSatisfy(v -> assertThat(v).isZero());
    }
}
