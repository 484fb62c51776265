package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.agents.Actor;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The switch a counterfactual uses: {@code exclude_flags} takes every activity with one of the flags out
 * of an actor's or a host government's mandate, and nothing else.
 */
class EnforcementSwitchTest {

    private static final Path SAHEL = Path.of("scenarios/sahel.yaml");

    private static Constellation sahel(String... overrides) throws ScenarioException {
        Constellation m = ScenarioLoader.load(SAHEL, List.of(overrides)).scenario().newModel(1);
        m.start();
        return m;
    }

    private static long allowed(Constellation m, String actor, boolean enforcement) {
        Actor a = m.actor(actor);
        return Arrays.stream(a.mandate().allowed())
                .filter(t -> m.catalogue().get(t).has(ActivityFlag.ENFORCEMENT) == enforcement).count();
    }

    @Test
    void anActorsEnforcementCanBeSwitchedOffAndNothingElse() throws Exception {
        Constellation as = sahel();
        Constellation off = sahel("actors[4].mandate.exclude_flags=[enforcement]");
        assertThat(allowed(as, "g5-sahel", true)).isPositive();
        assertThat(allowed(off, "g5-sahel", true)).isZero();
        assertThat(allowed(off, "g5-sahel", false)).isEqualTo(allowed(as, "g5-sahel", false));
        assertThat(allowed(off, "mali-government", true)).isEqualTo(allowed(as, "mali-government", true));
    }

    @Test
    void aHostGovernmentsEnforcementCanBeSwitchedOff() throws Exception {
        Constellation as = sahel();
        Constellation off = sahel("region.countries[0].host.exclude_flags=[enforcement]");
        assertThat(allowed(as, "mali-government", true)).isPositive();
        assertThat(allowed(off, "mali-government", true)).isZero();
        assertThat(allowed(off, "mali-government", false)).isEqualTo(allowed(as, "mali-government", false));
        assertThat(allowed(off, "niger-government", true)).isEqualTo(allowed(as, "niger-government", true));
    }

    @Test
    void anUnknownFlagIsRefusedAndLocated() {
        ScenarioException e = catchThrowableOfType(() -> sahel("actors[4].mandate.exclude_flags=[enforcment]"),
                ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("exclude_flags").contains("enforcment"));
    }
}
