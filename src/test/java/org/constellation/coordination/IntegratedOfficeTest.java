package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.PATROL;
import static org.constellation.coordination.Activities.SAFE_AREAS;
import static org.constellation.coordination.Activities.SECURITY;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.spec.DeploymentSpec;
import org.junit.jupiter.api.Test;

class IntegratedOfficeTest {

    private static Supplier<TestWorld> world(int rotation, Supplier<CoordinationMechanism> mechanism) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.6)
                    .actor("mission", ActorType.MISSION, 3, List.of("a1", "a2"), new DeploymentSpec(0, -1, 0, rotation, 0),
                            false, PATROL, SAFE_AREAS, SECURITY)
                    .actor("agency", ActorType.UNCT_AGENCY, 3, List.of("a1", "a2"), PATROL, SAFE_AREAS, SECURITY)
                    .parameter("beliefs.activity_visibility", 0);
            return mechanism == null ? w : w.mechanism(mechanism.get());
        };
    }

    @Test
    void anIntegratedOfficeLowersMissionCountryTeamDuplication() {
        double none = Runs.meanMetric(world(0, null), 8, 24, "mission_unct_activity_overlap");
        double office = Runs.meanMetric(world(0, () -> Runs.mechanism("integrated-office")), 8, 24,
                "mission_unct_activity_overlap");
        assertThat(office).isLessThan(none * 0.6);
    }

    @Test
    void itLosesEnergyWhenTheMissionsStaffRotate() {
        Supplier<CoordinationMechanism> fragile = () -> Runs.mechanism("integrated-office",
                Map.of("energy_loss", 0.9, "renewal", 0.0), Map.of());
        double stable = Runs.meanMetric(world(0, fragile), 8, 24, "mission_unct_activity_overlap");
        double rotating = Runs.meanMetric(world(2, fragile), 8, 24, "mission_unct_activity_overlap");
        assertThat(rotating).isGreaterThan(stable + 0.05);
    }
}
