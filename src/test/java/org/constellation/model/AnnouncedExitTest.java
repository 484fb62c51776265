package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.agents.Actor;
import org.constellation.model.spec.DeploymentSpec;
import org.junit.jupiter.api.Test;

/** An exit is known from its announcement, not from the start. */
class AnnouncedExitTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";

    private static Constellation mission(DeploymentSpec deployment) {
        return TestWorld.twoDistricts(0.6).actor("mission", ActorType.MISSION, 3, List.of("a1"), deployment, false,
                PATROL).start(1);
    }

    @Test
    void beforeItsAnnouncementAnEndIsUnknownToEveryoneAfterItItCountsDown() {
        Constellation m = mission(new DeploymentSpec(0, 30, 0, 0, 0, 20));
        Actor mission = m.actor("mission");
        m.run(21);
        assertThat(m.step()).isEqualTo(20);
        assertThat(mission.announcedEnd(19)).isEqualTo(-1);
        assertThat(mission.announcedEnd(20)).isEqualTo(30);
        assertThat(mission.remainingSteps(m)).isEqualTo(10);
    }

    @Test
    void withoutAnAnnouncementTheDefaultNoticeApplies() {
        Constellation m = mission(new DeploymentSpec(0, 30, 0, 0, 0));
        Actor mission = m.actor("mission");
        int notice = m.parameters().getInt(org.constellation.model.params.Parameters.DEPLOYMENT_NOTICE);
        assertThat(mission.remainingSteps(m)).isEqualTo(Integer.MAX_VALUE);
        assertThat(mission.announcedEnd(30 - notice - 1)).isEqualTo(-1);
        assertThat(mission.announcedEnd(30 - notice)).isEqualTo(30);
    }

    private static final String LIVELIHOODS = "organized-crime/alternative-livelihoods";
    private static final String INSTITUTIONS = "organized-crime/institution-building";

    /** A mission that can work on drivers directly and through institutions, whose effects come late. */
    private static Constellation builder(DeploymentSpec deployment) {
        return TestWorld.twoDistricts(0.6).actor("mission", ActorType.MISSION, 6, List.of("a1", "a2"), deployment,
                false, PATROL, LIVELIHOODS, INSTITUTIONS).parameter("planning.driver_value", 3).start(1);
    }

    /** The first step before {@code until} at which the two missions plan differently, or -1. */
    private static int firstDifference(Constellation a, Constellation b, int until) {
        for (int t = 0; t < until; t++) {
            a.run(1);
            b.run(1);
            if (!a.actor("mission").currentPlan().entries().equals(b.actor("mission").currentPlan().entries())) {
                return t;
            }
        }
        return -1;
    }

    @Test
    void missionsThatWillLeaveAndMissionsThatWillStayPlanAlikeUntilTheAnnouncement() {
        assertThat(firstDifference(builder(new DeploymentSpec(0, 10, 0, 0, 0, 6)),
                builder(DeploymentSpec.permanent()), 6)).isEqualTo(-1);
        assertThat(firstDifference(builder(new DeploymentSpec(0, 10, 0, 0, 0, 0)),
                builder(DeploymentSpec.permanent()), 6)).as("known from the start, the end changes plans early")
                .isBetween(0, 5);
    }
}
