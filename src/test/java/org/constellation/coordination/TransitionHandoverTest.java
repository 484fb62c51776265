package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.MEDIATION;
import static org.constellation.coordination.Activities.PATROL;
import static org.constellation.coordination.Activities.SECURITY;

import java.util.List;
import java.util.Map;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.Challenge;
import org.constellation.model.agents.Actor;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.ShockSpec;
import org.constellation.model.world.NeedField;
import org.junit.jupiter.api.Test;

/**
 * What transition planning hands over at a closure: the successors take over where the mission worked
 * before its taper, also when a drawdown emptied its last plan, and keep the cells of every mission they
 * inherit from.
 */
class TransitionHandoverTest {

    private static final double BOOST = 2.0;

    private static int cell(Constellation m, String district, Challenge c) {
        return NeedField.cell(m.region().district(district).index(), c);
    }

    /**
     * A mission in a1 and a2 that draws down from step 6 (a2 at 6, a1 at 8) and closes at step 10; the agency,
     * present in a3 only, is its successor.
     */
    private static TestWorld drawdown(boolean transition) {
        TestWorld w = new TestWorld().country("a").district("a1", "a", 0.6, 0.5).district("a2", "a", 0.6, 0.5)
                .district("a3", "a", 0.6, 0.5).edge("a1", "a2").edge("a2", "a3")
                .actor("mission", ActorType.MISSION, 3, List.of("a1", "a2"), PATROL)
                .actor("agency", ActorType.UNCT_AGENCY, 2, List.of("a3"), PATROL, SECURITY)
                .shock(new ShockSpec.Drawdown(6, "mission", 10, List.of("a2")))
                .shock(new ShockSpec.Drawdown(8, "mission", 10, List.of("a1")));
        return transition ? w.mechanism(Runs.mechanism("transition-planning", Map.of("boost", BOOST), Map.of())) : w;
    }

    @Test
    void afterADrawdownTheSuccessorTakesOverWhereTheMissionWorkedBeforeItsTaper() {
        Constellation m = drawdown(true).start(1);
        m.run(11);
        Actor mission = m.actor("mission");
        assertThat(mission.isActive()).as("closed at step 10").isFalse();
        assertThat(mission.presence()).as("the drawdown took it out of every district").isEmpty();
        Actor agency = m.actor("agency");
        assertThat(agency.isPresentIn(m.region().district("a1"))).isTrue();
        assertThat(agency.isPresentIn(m.region().district("a2"))).isTrue();
        assertThat(agency.guidance().cell(cell(m, "a1", Challenge.PROTECTION_OF_CIVILIANS))).isEqualTo(BOOST);
        assertThat(agency.guidance().cell(cell(m, "a2", Challenge.PROTECTION_OF_CIVILIANS))).isEqualTo(BOOST);
        assertThat(agency.guidance().cell(cell(m, "a3", Challenge.PROTECTION_OF_CIVILIANS)))
                .as("not where the mission never worked").isEqualTo(1.0);

        Constellation without = drawdown(false).start(1);
        without.run(11);
        assertThat(without.actor("agency").isPresentIn(without.region().district("a1"))).isFalse();
        assertThat(without.actor("agency").guidance().isNeutral()).isTrue();
    }

    /** Two missions closing at step 10, one protecting civilians in a1, one mediating in a2; one successor. */
    private static TestWorld twoClosures() {
        DeploymentSpec untilTen = new DeploymentSpec(0, 10, 0, 0, 0);
        return new TestWorld().country("a").district("a1", "a", 0.6, 0.5).district("a2", "a", 0.6, 0.5)
                .district("a3", "a", 0.6, 0.5).edge("a1", "a2").edge("a2", "a3")
                .actor("peacekeepers", ActorType.MISSION, 3, List.of("a1"), untilTen, false, PATROL)
                .actor("mediators", ActorType.MISSION, 3, List.of("a2"), untilTen, false, MEDIATION)
                .actor("agency", ActorType.UNCT_AGENCY, 2, List.of("a3"), PATROL, MEDIATION)
                .mechanism(Runs.mechanism("transition-planning", Map.of("boost", BOOST), Map.of()));
    }

    @Test
    void twoMissionsClosingInOneStepBothLeaveTheirCellsToTheSuccessor() {
        Constellation m = twoClosures().start(1);
        m.run(11);
        assertThat(m.actor("peacekeepers").isActive()).isFalse();
        assertThat(m.actor("mediators").isActive()).isFalse();
        Actor agency = m.actor("agency");
        assertThat(agency.guidance().cell(cell(m, "a1", Challenge.PROTECTION_OF_CIVILIANS))).isEqualTo(BOOST);
        assertThat(agency.guidance().cell(cell(m, "a2", Challenge.ENVIRONMENT))).isEqualTo(BOOST);
        assertThat(agency.guidance().cell(cell(m, "a1", Challenge.ENVIRONMENT)))
                .as("a cell neither mission worked").isEqualTo(1.0);
    }
}
