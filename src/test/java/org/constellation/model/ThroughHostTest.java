package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.constellation.TestWorld;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.world.District;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A mission without an executive mandate does its through-host work (verifying bans, vetting police, monitoring a
 * border) through the host: its effect is the host's resolving power, and its planner values it so (<i>Fit for
 * Purpose</i> ch. 4 and 6).
 */
class ThroughHostTest {

    private static final String BANS = "organized-crime/verifying-bans-and-moratoriums";
    private static final String SENSITIZATION = "organized-crime/sensitization";
    private static final String CAMPS = "migration-trafficking/security-in-camps";
    private static final String TRAINING = "organized-crime/training-police-border-and-justice";

    /** One weak-ish country; a non-executive mission, its executive twin and a UN agency allowed the same rows. */
    private static TestWorld world() {
        String[] rows = {BANS, SENSITIZATION, CAMPS, TRAINING};
        return new TestWorld().country("a", 0.5, 0.2, 0.9, 0).district("a1", "a", 0.6, 0.5)
                .actor("police", ActorType.MISSION, 4, List.of("a1"), rows)
                .actor("force", ActorType.MISSION, 4, List.of("a1"), rows).executive("force")
                .actor("agency", ActorType.UNCT_AGENCY, 4, List.of("a1"), rows)
                .parameter("beliefs.capture_noise", 0);
    }

    private static double effectiveness(Constellation m, String actor, String row) {
        return m.actor(actor).effectiveness(m.catalogue().find(row).index(), 0, m);
    }

    @Test
    void aNonExecutiveMissionsThroughHostWorkIsAsEffectiveAsTheHostsResolvingPowerAndNothingElseChanges() {
        Constellation m = world().start(1);
        District a1 = m.region().district(0);
        double power = m.host(a1.country()).resolvingPower(a1, Challenge.ORGANIZED_CRIME, m);
        assertThat(power).isBetween(0.01, 0.5);
        assertThat(effectiveness(m, "police", BANS)).isEqualTo(power);
        assertThat(effectiveness(m, "force", BANS)).isEqualTo(1);
        assertThat(effectiveness(m, "agency", BANS)).isEqualTo(1);
        assertThat(effectiveness(m, "police", SENSITIZATION)).isEqualTo(1);
        assertThat(effectiveness(m, "police", CAMPS)).isEqualTo(1);
        assertThat(m.actor("police").actsThroughHost(m.catalogue().find(TRAINING))).isFalse();
    }

    @Test
    void aWeakerHostMakesTheThroughHostWorkWeaker() {
        Constellation strong = world().start(1);
        Constellation weak = new TestWorld().country("a", 0.25, 0.2, 0.9, 0).district("a1", "a", 0.6, 0.5)
                .actor("police", ActorType.MISSION, 4, List.of("a1"), BANS).start(1);
        assertThat(effectiveness(weak, "police", BANS)).isEqualTo(effectiveness(strong, "police", BANS) / 2,
                offset(1e-12));
    }

    /**
     * The effects feel the rule, not only the planner: the same effort of verifying bans (the mission's only
     * row, its whole budget, nothing held back) removes need from the cell as that effort x the host's
     * resolving power would, so the non-executive mission's benefit is between power and 1.9 x power of its
     * executive twin's (1 - exp(-x / S) is concave; 4 units against S = 3 bound the ratio by 4/3 / 0.74 x power).
     */
    @Test
    void theWorldFeelsANonExecutiveMissionsThroughHostWorkAtTheHostsResolvingPower() {
        double[] effort = new double[2];
        double[] benefit = new double[2];
        double power = 0;
        for (int executive = 0; executive < 2; executive++) {
            TestWorld w = new TestWorld().country("a", 0.5, 0.2, 0.9, 0).district("a1", "a", 0.6, 0.5)
                    .actor("police", ActorType.MISSION, 4, List.of("a1"), BANS)
                    .parameter("planning.reservation_value", 0).parameter("effects.saturation", 3);
            Constellation m = (executive == 1 ? w.executive("police") : w).start(1);
            District a1 = m.region().district(0);
            power = m.host(a1.country()).resolvingPower(a1, Challenge.ORGANIZED_CRIME, m);
            m.run(1);
            int police = m.actor("police").index();
            effort[executive] = m.ledger().current().stream().filter(e -> e.actor() == police)
                    .mapToDouble(Ledger.Entry::effort).sum();
            benefit[executive] = m.accounts().benefit(police, 0);
        }
        assertThat(effort[0]).isCloseTo(4, offset(1e-9));
        assertThat(effort[1]).isCloseTo(4, offset(1e-9));
        assertThat(power).isBetween(0.01, 0.5);
        assertThat(benefit[1]).isPositive();
        assertThat(benefit[0] / benefit[1]).isBetween(power, 1.9 * power);
    }

    @Test
    void thePlannerValuesThroughHostWorkAtTheHostsResolvingPowerAsTheMissionBelievesIt() {
        Constellation m = world().start(1);
        m.run(2);
        Actor police = m.actor("police");
        Actor force = m.actor("force");
        District a1 = police.presence().get(0);
        HostGovernment host = m.host(a1.country());
        Institution resolving = Institution.resolving(Challenge.ORGANIZED_CRIME);
        double believedCapture = police.believedCapture(a1.country(), resolving);
        double believedPower = a1.statePresence() * host.functioning(resolving, m) * host.willingness()
                * (1 - believedCapture);
        assertThat(believedCapture).isPositive();
        for (String row : List.of(BANS, SENSITIZATION, CAMPS)) {
            ActivityType type = m.catalogue().find(row);
            m.valuation().prepare(police, m);
            double own = m.valuation().value(police, a1, type, m, 0);
            m.valuation().prepare(force, m);
            double twin = m.valuation().value(force, a1, type, m, 0);
            assertThat(twin).isPositive();
            assertThat(own).as(row).isEqualTo(row.equals(BANS) ? twin * believedPower : twin, offset(1e-12));
        }
    }

    @Test
    void theFlagIsRefusedOnRowsThatAreNotDirectWorkOnConsequences() {
        assertThatThrownBy(() -> new ActivityType(0, "x", "x", Challenge.ORGANIZED_CRIME, Mode.INDIRECT,
                Target.CONSEQUENCES, false, Institution.POLICE, Set.of(ActivityFlag.THROUGH_HOST), "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("through the host");
        assertThatThrownBy(() -> new ActivityType(0, "x", "x", Challenge.ORGANIZED_CRIME, Mode.DIRECT,
                Target.DRIVERS, false, null, Set.of(ActivityFlag.THROUGH_HOST), "test"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String scenario(boolean executive, boolean componentExecutive) {
        return """
                name: through-host
                start_date: "2014-01"
                steps: 36
                seed: 5
                region:
                  countries:
                    - id: a
                      host:
                        willingness: 0.4
                        capture: 0.1
                        institutions: {police: {capacity: 0.15, absorption: 20}}
                  districts:
                    - {id: a1, country: a, state_presence: 0.4, need: {organized-crime: 0.6}, driver: {organized-crime: 0.5}}
                    - {id: a2, country: a, state_presence: 0.3, need: {organized-crime: 0.6}, driver: {organized-crime: 0.5}}
                  edges: [[a1, a2]]
                actors:
                  - id: mission
                    organisation: un-peacekeeping
                    presence: [a1, a2]
                    capacity: 6
                    executive: %s
                    mandate: {priorities: {organized-crime: 1.0}, targets: [consequences], exclude_flags: [enforcement]}
                  - id: police
                    organisation: un-peacekeeping
                    part_of: mission
                    presence: [a1, a2]
                    capacity: 3
                    executive: %s
                    mandate: {priorities: {organized-crime: 1.0}, targets: [consequences], exclude_flags: [enforcement]}
                """.formatted(executive, componentExecutive);
    }

    private static Constellation load(String yaml) throws Exception {
        Constellation m = ScenarioLoader.loadText(Path.of("through-host.yaml"), yaml, List.of()).scenario().newModel(5);
        m.start();
        return m;
    }

    /** Indirect share of an actor's effort over the run. */
    private static double indirectShare(Constellation m, String actor) {
        int index = m.actor(actor).index();
        double all = 0;
        double indirect = 0;
        for (int step = 0; step < 36; step++) {
            m.run(1);
            for (Ledger.Entry e : m.ledger().current()) {
                if (e.actor() == index) {
                    all += e.effort();
                    indirect += m.catalogue().get(e.activity()).isDirect() ? 0 : e.effort();
                }
            }
        }
        assertThat(all).isPositive();
        return indirect / all;
    }

    @Test
    void aComponentFollowsItsOwnExecutiveFlag() throws Exception {
        Constellation m = load(scenario(true, false));
        ActivityType bans = m.catalogue().find(BANS);
        assertThat(m.actor("mission").actsThroughHost(bans)).isFalse();
        assertThat(m.actor("police").actsThroughHost(bans)).isTrue();
        Constellation reverse = load(scenario(false, true));
        assertThat(reverse.actor("mission").actsThroughHost(bans)).isTrue();
        assertThat(reverse.actor("police").actsThroughHost(bans)).as("an executive component of a non-executive mission")
                .isFalse();
        District a1 = reverse.region().district(0);
        assertThat(reverse.actor("mission").effectiveness(bans.index(), 0, reverse))
                .isEqualTo(reverse.host(a1.country()).resolvingPower(a1, Challenge.ORGANIZED_CRIME, reverse));
        assertThat(reverse.actor("police").effectiveness(bans.index(), 0, reverse)).isEqualTo(1);
    }

    @Test
    void aNonExecutiveMissionFacingAWeakHostShiftsEffortToBuildingTheHostComparedWithTheSameMissionMadeExecutive()
            throws Exception {
        double nonExecutive = indirectShare(load(scenario(false, false)), "mission");
        double executive = indirectShare(load(scenario(true, true)), "mission");
        assertThat(nonExecutive).isGreaterThan(executive + 0.1);
    }
}
