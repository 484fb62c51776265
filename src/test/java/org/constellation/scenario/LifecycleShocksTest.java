package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.Status;
import org.constellation.model.world.NeedField;
import org.junit.jupiter.api.Test;

/** Mandates and life cycles that move: mandate changes, phased drawdowns and handovers that lose records. */
class LifecycleShocksTest {

    private static final String WORLD = """
            name: lifecycle
            region:
              countries:
                - id: a
              districts:
                - {id: a1, country: a, state_presence: 0.6}
                - {id: a2, country: a, state_presence: 0.2}
                - {id: a3, country: a, state_presence: 0.4}
                - {id: a4, country: a, state_presence: 0.8}
              edges: [[a1, a2], [a2, a3], [a3, a4]]
            actors:
              - id: mission
                organisation: eu-csdp-civilian
                presence: [a1, a2, a3, a4]
                capacity: 10
                mandate: {priorities: {terrorism: 1.0}}
              - {id: heir, organisation: eu-csdp-civilian, presence: [a1], capacity: 4}
            shocks:
            """;

    private static Constellation model(String shocks) throws Exception {
        return YamlFixture.started(WORLD + shocks, 1);
    }

    private static double effortOn(Constellation m, Actor a, Challenge c) {
        return m.ledger().current().stream().filter(e -> e.actor() == a.index()
                && m.catalogue().get(e.activity()).challenge() == c).mapToDouble(Ledger.Entry::effort).sum();
    }

    @Test
    void aMandateChangeTurnsTheActorToItsNewPrioritiesAtItsDate() throws Exception {
        Constellation m = model("""
                  - {kind: mandate-change, step: 5, actor: mission, mandate: {priorities: {migration-trafficking: 1.0}}}
                """);
        Actor mission = m.actor("mission");
        m.run(5);
        assertThat(effortOn(m, mission, Challenge.TERRORISM)).isGreaterThan(0);
        assertThat(effortOn(m, mission, Challenge.MIGRATION_TRAFFICKING)).isZero();
        m.run(1);
        assertThat(effortOn(m, mission, Challenge.MIGRATION_TRAFFICKING)).isGreaterThan(0);
        assertThat(effortOn(m, mission, Challenge.TERRORISM)).isZero();
        assertThat(mission.mandate().priority(Challenge.MIGRATION_TRAFFICKING)).isEqualTo(1.0);
    }

    @Test
    void aPhasedDrawdownLeavesDistrictsInOrderAndClosesAtItsEnd() throws Exception {
        Constellation m = model("""
                  - {kind: drawdown, step: 2, actor: mission, until: 6, order: [a4]}
                """);
        Actor mission = m.actor("mission");
        m.run(2);
        assertThat(mission.presence()).hasSize(4);
        assertThat(mission.announcedEnd(m.step())).isEqualTo(-1);
        m.run(1);
        assertThat(mission.announcedEnd(m.step())).isEqualTo(6);
        assertThat(mission.presence()).extracting(d -> d.id()).containsExactly("a1", "a2", "a3");
        m.run(1);
        assertThat(mission.presence()).extracting(d -> d.id()).as("then least state presence first")
                .containsExactly("a1", "a3");
        m.run(1);
        assertThat(mission.presence()).extracting(d -> d.id()).containsExactly("a1");
        m.run(1);
        assertThat(mission.presence()).as("none in the drawdown's last step").isEmpty();
        assertThat(mission.isActive()).isTrue();
        m.run(1);
        assertThat(mission.status()).isEqualTo(Status.CLOSED);
        assertThat(m.closures()).singleElement().satisfies(r -> assertThat(r.step()).isEqualTo(6));
    }

    /** A run to step 11 with the mission handing over to its heir at step 10. */
    private static Constellation handedOver(double recordsLost, double capacityShare) throws Exception {
        Constellation m = model("  - {kind: handover, step: 10, actor: mission, successor: heir, records_lost: "
                + recordsLost + ", capacity_share: " + capacityShare + "}\n");
        m.run(11);
        return m;
    }

    @Test
    void aHandoverPassesDistrictsAndTheRecordsThatSurvive() throws Exception {
        Constellation kept = handedOver(0, 0);
        Constellation lost = handedOver(1, 0);
        int cell = NeedField.cell(kept.region().district("a2").index(), Challenge.TERRORISM);
        assertThat(kept.actor("mission").status()).isEqualTo(Status.CLOSED);
        assertThat(kept.actor("heir").isPresentIn(kept.region().district("a2"))).isTrue();
        assertThat(lost.actor("heir").isPresentIn(lost.region().district("a2"))).isTrue();
        assertThat(kept.actor("heir").beliefs().lastUpdate(cell)).as("record passed on").isGreaterThan(0);
        assertThat(lost.actor("heir").beliefs().lastUpdate(cell)).as("record lost, nothing sensed there yet")
                .isLessThan(kept.actor("heir").beliefs().lastUpdate(cell));
    }

    @Test
    void aHandoverPassesItsShareOfCapacity() throws Exception {
        Constellation none = handedOver(0, 0);
        Constellation half = handedOver(0, 0.5);
        Actor heir = none.actor("heir");
        assertThat(heir.capacity(none)).as("no share passed").isEqualTo(heir.nominalCapacity());
        assertThat(half.actor("heir").capacity(half)).isGreaterThan(heir.capacity(none));
    }

    @Test
    void lifecycleShocksWithBadKeysAreLocatedErrors() throws Exception {
        List<String> problems = YamlFixture.problems(WORLD + """
                  - {kind: drawdown, step: 8, actor: mission, until: 4}
                  - {kind: handover, step: 3, actor: mission, successor: a-government}
                  - {kind: mandate-change, step: 2, actor: heir}
                  - {kind: drawdown, step: 2, actor: mission, until: 9, order: [b7]}
                """);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("s.yaml:19:").contains("until"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("s.yaml:20:").contains("host government"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("s.yaml:21:").contains("mandate"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("s.yaml:22:").contains("b7"));
    }
}
