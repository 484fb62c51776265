package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.spec.DeploymentSpec;
import org.junit.jupiter.api.Test;

class PopulationTrustTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";

    @Test
    void peopleTrustAnActorThatDeliversMoreThanOneThatHarmsThem() {
        Constellation delivering = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 4, List.of("a1"), PATROL).start(1);
        Constellation harming = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 0.0001, List.of("a1"), new DeploymentSpec(0, -1, 20, 0, 0), false,
                        PATROL)
                .start(1);
        delivering.run(24);
        harming.run(24);
        double trusted = delivering.population(0).trust(delivering.actor("mission").index());
        double distrusted = harming.population(0).trust(harming.actor("mission").index());
        assertThat(trusted).isGreaterThan(0.55);
        assertThat(distrusted).isLessThan(0.45);
    }

    @Test
    void aBunkerizedMissionIsTrustedLess() {
        Constellation open = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 2, List.of("a1"), new DeploymentSpec(0, -1, 0, 0, 0), false, PATROL)
                .start(1);
        Constellation walled = TestWorld.twoDistricts(0.6)
                .actor("mission", ActorType.MISSION, 2, List.of("a1"), new DeploymentSpec(0, -1, 0, 0, 0.9), false, PATROL)
                .start(1);
        open.run(24);
        walled.run(24);
        assertThat(walled.population(0).trust(walled.actor("mission").index()))
                .isLessThan(open.population(0).trust(open.actor("mission").index()) - 0.1);
    }
}
