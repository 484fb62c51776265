package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The actor inspector shows a scheduled actor's current capacity and presence, and its next change. */
class ScheduledActorViewTest {

    @Test
    void minusmasMarkerFollowsItsGeoPkoSchedule() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 2);
        GuiFixture.step(gui, 1);
        ActorView minusma = marker(gui);
        assertThat(minusma.getCapacity()).isEqualTo(25.101);
        assertThat(minusma.getNextScheduledChange()).isEqualTo("step 12: capacity 35.4, present in 7 districts");
        GuiFixture.step(gui, 12);
        minusma = marker(gui);
        assertThat(minusma.getCapacity()).isEqualTo(35.371);
        assertThat(minusma.getPresence()).contains("Segou").contains("Kidal");
        assertThat(minusma.getNextScheduledChange()).startsWith("step 24: capacity 42.9");
    }

    private static ActorView marker(ConstellationWithUI gui) {
        var all = gui.region().actorField().getAllObjects();
        for (int i = 0; i < all.numObjs; i++) {
            if (all.objs[i] instanceof ActorView v && v.getName().equals("MINUSMA")) {
                return v;
            }
        }
        throw new AssertionError("no MINUSMA marker");
    }
}
