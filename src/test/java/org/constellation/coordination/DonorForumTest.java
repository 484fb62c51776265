package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.TRAIN_FORCES;
import static org.constellation.coordination.Activities.TRAIN_POLICE;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.junit.jupiter.api.Test;

/** Three donors train the same forces; two of them attend a forum. */
class DonorForumTest {

    private static Supplier<TestWorld> world(boolean forum) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.6);
            for (String d : List.of("d1", "d2", "d3")) {
                w.actor(d, ActorType.DONOR, 3, List.of("a1", "a2"), TRAIN_FORCES, TRAIN_POLICE);
            }
            w.parameter("beliefs.activity_visibility", 0);
            return forum ? w.mechanism(Runs.mechanism("donor-forum", Map.of("interval", 1.0),
                    Map.of("members", List.of("d1", "d2")))) : w;
        };
    }

    @Test
    void membersDuplicateEachOtherLess() {
        double none = Runs.mean(world(false), 8, 24, o -> o.overlap("d1", "d2"));
        double forum = Runs.mean(world(true), 8, 24, o -> o.overlap("d1", "d2"));
        assertThat(forum).isLessThan(none * 0.5);
    }

    @Test
    void onlyThoseWhoAttendBenefit() {
        double membersNone = Runs.mean(world(false), 8, 24, o -> o.overlap("d1", "d2"));
        double membersForum = Runs.mean(world(true), 8, 24, o -> o.overlap("d1", "d2"));
        double outsiderNone = Runs.mean(world(false), 8, 24, o -> (o.overlap("d1", "d3") + o.overlap("d2", "d3")) / 2);
        double outsiderForum = Runs.mean(world(true), 8, 24, o -> (o.overlap("d1", "d3") + o.overlap("d2", "d3")) / 2);
        assertThat(membersForum / membersNone).isLessThan(0.5 * outsiderForum / outsiderNone);
    }
}
