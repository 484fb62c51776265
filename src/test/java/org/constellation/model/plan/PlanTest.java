package org.constellation.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan with another's entries added: what an earmarked donor's monthly top-up does to its commitment. */
class PlanTest {

    @Test
    void plusSumsEffortOnTheSameDistrictAndTypeAndAppendsTheRestInOrder() {
        Plan committed = new Plan(3, 7, List.of(new PlannedActivity(1, 4, 2.0), new PlannedActivity(2, 4, 1.0)));
        Plan extra = new Plan(3, 7, List.of(new PlannedActivity(5, 0, 0.5), new PlannedActivity(2, 4, 0.25),
                new PlannedActivity(1, 5, 1.5)));
        Plan sum = committed.plus(extra);
        assertThat(sum.entries()).containsExactly(new PlannedActivity(1, 4, 2.0), new PlannedActivity(2, 4, 1.25),
                new PlannedActivity(5, 0, 0.5), new PlannedActivity(1, 5, 1.5));
        assertThat(sum.totalEffort()).isEqualTo(committed.totalEffort() + extra.totalEffort());
        assertThat(sum.actor()).isEqualTo(3);
        assertThat(committed.entries()).as("the commitment is left as it was").hasSize(2);
    }

    @Test
    void plusNothingIsTheSamePlan() {
        Plan committed = new Plan(3, 7, List.of(new PlannedActivity(1, 4, 2.0)));
        assertThat(committed.plus(new Plan(3, 7, List.of()))).isSameAs(committed);
    }
}
