package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.constellation.TestWorld;
import org.constellation.model.agents.ArmedGroup;
import org.constellation.model.spec.GroupKind;
import org.constellation.model.world.NeedField;
import org.junit.jupiter.api.Test;

class ArmedGroupTest {

    private static void press(Constellation m, int district, double pressure) {
        m.accounts().addPressure(NeedField.cell(district, Challenge.TERRORISM), pressure);
    }

    @Test
    void movesAwayFromADistrictWhereEnforcementRises() {
        Constellation m = TestWorld.twoDistricts(0.5).group("g", GroupKind.JIHADIST, "a1", 2).start(1);
        ArmedGroup g = m.groups().get(0);
        press(m, 0, 0.5);
        for (int i = 0; i < 20 && g.location() == 0; i++) {
            g.step(m);
        }
        assertThat(g.location()).isEqualTo(1);
        assertThat(g.moves()).isEqualTo(1);
    }

    @Test
    void staysPutWithoutEnforcementWhenNeighboursAreNoBetter() {
        Constellation m = TestWorld.twoDistricts(0.5).group("g", GroupKind.JIHADIST, "a1", 2).start(1);
        ArmedGroup g = m.groups().get(0);
        for (int i = 0; i < 20; i++) {
            g.step(m);
        }
        assertThat(g.location()).isZero();
        assertThat(g.moves()).isZero();
    }

    @Test
    void displacementAcrossABorderIsRecorded() {
        Constellation m = TestWorld.acrossBorder(0.5).group("g", GroupKind.JIHADIST, "a1", 2).start(3);
        ArmedGroup g = m.groups().get(0);
        press(m, 0, 0.5);
        for (int i = 0; i < 20 && g.location() == 0; i++) {
            g.step(m);
        }
        assertThat(g.borderCrossings()).isEqualTo(1);
        assertThat(m.accounts().displacedAcrossBorders()).isGreaterThan(0);
    }

    @Test
    void enforcementCostsStrength() {
        Constellation pressed = TestWorld.twoDistricts(0.5).group("g", GroupKind.JIHADIST, "a1", 2)
                .parameter("groups.move_sensitivity", 0).start(1);
        Constellation free = TestWorld.twoDistricts(0.5).group("g", GroupKind.JIHADIST, "a1", 2)
                .parameter("groups.move_sensitivity", 0).start(1);
        press(pressed, 0, 0.3);
        pressed.groups().get(0).step(pressed);
        free.groups().get(0).step(free);
        assertThat(pressed.groups().get(0).strength()).isLessThan(free.groups().get(0).strength());
    }

    @Test
    void growsWhereNeedsGoUnmetAndTheStateIsAbsent() {
        Constellation fertile = new TestWorld().country("a").district("a1", "a", 0.8, 0.1)
                .group("g", GroupKind.JIHADIST, "a1", 1).start(1);
        Constellation barren = new TestWorld().country("a").district("a1", "a", 0.1, 0.9)
                .group("g", GroupKind.JIHADIST, "a1", 1).start(1);
        ArmedGroup inFertile = fertile.groups().get(0);
        ArmedGroup inBarren = barren.groups().get(0);
        for (int i = 0; i < 24; i++) {
            inFertile.step(fertile);
            inBarren.step(barren);
        }
        assertThat(inFertile.strength()).isGreaterThan(1.5);
        assertThat(inBarren.strength()).isLessThan(1.0);
    }

    @Test
    void illicitRevenueCapturesTheHostState() {
        // a host without forces of its own, so that nothing presses the network: capture follows its revenue
        Constellation withNetwork = new TestWorld().country("a", 0.6, 0.1, 0.9, 0).district("a1", "a", 0.7, 0.2)
                .group("t", GroupKind.TRAFFICKING_NETWORK, "a1", 6).start(1);
        Constellation without = new TestWorld().country("a", 0.6, 0.1, 0.9, 0).district("a1", "a", 0.7, 0.2).start(1);
        withNetwork.run(24);
        without.run(24);
        double captured = withNetwork.host(withNetwork.region().country("a")).capture();
        double clean = without.host(without.region().country("a")).capture();
        assertThat(captured).isGreaterThan(clean + 0.05);
    }
}
