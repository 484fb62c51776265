package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Properties;

/** MASON's inspectors see districts, actor markers and groups through their bean getters. */
class InspectableViewsTest {

    private static List<String> names(Object o) {
        Properties p = Properties.getProperties(o);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            out.add(p.getName(i));
        }
        return out;
    }

    @Test
    void aDistrictShowsItsNeedsGapRedundancyTrustAndGroups() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 2);
        GuiFixture.step(gui, 3);
        DistrictView mopti = gui.region().districts().stream().filter(d -> d.getName().equals("Mopti")).findFirst()
                .orElseThrow();
        assertThat(names(mopti)).contains("NeedTerrorism", "NeedProtectionOfCivilians", "StatePresence",
                "CoverageGap", "RedundantEffort", "TrustInMissions", "GroupStrength", "ActorsPresent", "UncoveredNeeds");
        assertThat(mopti.getNeedTerrorism()).isBetween(0.0, 1.0);
        assertThat(mopti.getTrustInMissions()).isBetween(0.0, 1.0);
        assertThat(mopti.getActorsPresent()).contains("MINUSMA");
    }

    @Test
    void actorMarkersAndGroupsAreInTheirFieldsAndInspectable() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 2);
        GuiFixture.step(gui, 3);
        Object marker = gui.region().actorField().getAllObjects().objs[0];
        assertThat(names(marker)).contains("Name", "Type", "PartOf", "EffortHere", "ActivitiesHere", "TrustHere");
        assertThat(java.util.Arrays.stream(gui.region().actorField().getAllObjects().objs)
                .filter(o -> o instanceof ActorView v && v.getName().matches("MINUSMA (formed|individual) police.*"))
                .map(o -> ((ActorView) o).getPartOf())).isNotEmpty().containsOnly("MINUSMA");
        Object group = gui.region().groupField().getAllObjects().objs[0];
        assertThat(names(group)).contains("Name", "Kind", "District", "Strength", "Moves");
        assertThat(gui.region().adjacency().getAllNodes().numObjs).isEqualTo(gui.model().region().size());
    }
}
