package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.Arrays;
import org.constellation.metrics.HostStance;
import org.constellation.metrics.MissionAccess;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.agents.Status;
import org.constellation.model.spec.ActorSpec;
import org.junit.jupiter.api.Test;

/**
 * A mission's components ({@code part_of}: its police or a civilian section): the key and its errors, and a
 * component that deploys, plans its exit, draws down and leaves with its mission.
 */
class MissionComponentsTest {

    /** A mission with a police component, a donor, and a drawdown or an announced end filled in per test. */
    private static final String SMALL = """
            name: small
            region:
              countries:
                - id: a
              districts:
                - {id: a1, country: a, state_presence: 0.8}
                - {id: a2, country: a, state_presence: 0.2}
                - {id: a3, country: a, state_presence: 0.5}
              edges: [[a1, a2], [a2, a3]]
            actors:
              - {id: mission, organisation: un-peacekeeping, presence: [a1, a2, a3], capacity: 10, deployment: DEPLOYMENT}
              - {id: police, organisation: un-peacekeeping, part_of: PARENT, presence: [a1, a2, a3], capacity: 3}
              - {id: donor, organisation: bilateral-donor, presence: [a1], capacity: 3}
            SHOCKS
            """;

    private static String small(String parent, String deployment, String shocks) {
        return SMALL.replace("PARENT", parent).replace("DEPLOYMENT", deployment).replace("SHOCKS", shocks);
    }

    private static Constellation model(String yaml) throws Exception {
        return YamlFixture.started(yaml, 5);
    }

    @Test
    void partOfIsRead() throws Exception {
        var actors = YamlFixture.scenario(small("mission", "{start: 0}", "")).model().actors();
        assertThat(actors).extracting(ActorSpec::partOf).containsExactly("", "mission", "");
        assertThat(actors.get(1).isComponent()).isTrue();
    }

    @Test
    void aComponentNamesAMissionOfTheScenarioThatIsNoComponentItself() throws Exception {
        for (String[] bad : new String[][] {{"missoin", "unknown actor 'missoin'"}, {"donor", "not a mission"},
            {"police", "component of itself"}}) {
            assertThat(YamlFixture.problems(small(bad[0], "{start: 0}", ""))).as(bad[0]).anySatisfy(p -> assertThat(p).contains("s.yaml:12:")
                    .contains("actors[1].part_of").contains(bad[1]));
        }
        String nested = small("mission", "{start: 0}", "").replace(
                "{id: donor, organisation: bilateral-donor, presence: [a1], capacity: 3}",
                "{id: cell, organisation: un-peacekeeping, part_of: police, presence: [a1], capacity: 1}");
        assertThat(YamlFixture.problems(nested)).anySatisfy(p -> assertThat(p).contains("s.yaml:13:").contains("actors[2].part_of")
                .contains("itself a component of 'mission'"));
        String donorPart = small("mission", "{start: 0}", "").replace(
                "{id: donor, organisation: bilateral-donor, presence: [a1], capacity: 3}",
                "{id: donor, organisation: bilateral-donor, part_of: mission, presence: [a1], capacity: 3}");
        assertThat(YamlFixture.problems(donorPart)).anySatisfy(p -> assertThat(p).contains("actors[2].part_of").contains("is a donor"));
    }

    @Test
    void aComponentDeploysOnlyOnceItsMissionHas() throws Exception {
        Constellation m = model(small("mission", "{start: 4}", ""));
        Actor police = m.actor("police");
        m.run(4);
        assertThat(police.status()).isEqualTo(Status.PENDING);
        m.run(1);
        assertThat(police.isActive()).isTrue();
        assertThat(m.actor("mission").isActive()).isTrue();
    }

    @Test
    void aComponentPlansWithItsMissionsAnnouncedExitAndClosesWithIt() throws Exception {
        Constellation m = model(small("mission", "{start: 0, end: 12, announced: 8}", ""));
        Actor mission = m.actor("mission");
        Actor police = m.actor("police");
        m.run(8);
        assertThat(police.announcedEnd(7)).as("before the announcement").isEqualTo(-1);
        assertThat(police.announcedEnd(8)).isEqualTo(12);
        assertThat(police.remainingSteps(m)).isEqualTo(mission.remainingSteps(m));
        m.run(5);
        assertThat(mission.status()).isEqualTo(Status.CLOSED);
        assertThat(police.status()).isEqualTo(Status.CLOSED);
        assertThat(m.closures()).as("one record for the mission, its component's effort in it").singleElement()
                .satisfies(r -> {
                    assertThat(r.actor()).isEqualTo(mission.index());
                    assertThat(r.step()).isEqualTo(12);
                });
        assertThat(m.actor("donor").isActive()).isTrue();
    }

    @Test
    void aComponentDrawsDownWithItsMission() throws Exception {
        Constellation m = model(small("mission", "{start: 0}", """
                shocks:
                  - {kind: drawdown, step: 2, actor: mission, until: 5, order: [a3]}
                """));
        Actor mission = m.actor("mission");
        Actor police = m.actor("police");
        m.run(3);
        assertThat(police.announcedEnd(2)).isEqualTo(5);
        assertThat(police.presence()).extracting(d -> d.id()).containsExactly("a1", "a2");
        m.run(1);
        assertThat(police.presence()).extracting(d -> d.id()).as("then least state presence first")
                .containsExactlyElementsOf(mission.presence().stream().map(d -> d.id()).toList());
        m.run(2);
        assertThat(police.status()).isEqualTo(Status.CLOSED);
        assertThat(mission.status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void whenTheHostWithdrawsConsentFromTheMissionItsComponentLeavesToo() throws Exception {
        Constellation m = model(small("mission", "{start: 0}", """
                shocks:
                  - {kind: coup, step: 3, country: a, consent: 0.05}
                """));
        Actor mission = m.actor("mission");
        Actor police = m.actor("police");
        HostGovernment host = m.host(m.region().country("a"));
        int withdrawn = -1;
        for (int t = 0; t < 24 && mission.status() != Status.CLOSED; t++) {
            m.run(1);
            assertThat(host.consentTo(police, m)).as("the host judges mission and component as one")
                    .isEqualTo(host.consentTo(mission, m));
            assertThat(new MissionAccess().measure(m)).as("mission_access counts the mission once, not its police")
                    .isEqualTo(host.hasWithdrawn(mission) ? 0 : host.consentTo(mission, m));
            assertThat(HostStance.consentIn("a").measure(m)).isEqualTo(HostStance.consent().measure(m))
                    .isEqualTo(host.consent());
            if (withdrawn < 0 && host.hasWithdrawn(mission)) {
                withdrawn = m.step();
                assertThat(host.hasWithdrawn(police)).as("in the same step").isTrue();
                assertThat(police.announcedEnd(withdrawn)).isEqualTo(mission.announcedEnd(withdrawn)).isPositive();
            }
            if (withdrawn >= 0 && police.isActive()) {
                assertThat(police.presence()).as("it leaves its districts as the mission does")
                        .isEqualTo(mission.presence());
            }
        }
        assertThat(withdrawn).as("the host withdrew its consent after the coup").isGreaterThanOrEqualTo(3);
        assertThat(police.status()).isEqualTo(Status.CLOSED);
        assertThat(mission.status()).isEqualTo(Status.CLOSED);
        assertThat(m.actor("donor").isActive()).as("not a mission").isTrue();
        assertThat(m.closures()).singleElement().satisfies(r -> assertThat(r.actor()).isEqualTo(mission.index()));
    }

    @Test
    void withoutPartOfEveryActorIsItsOwnWhole() throws Exception {
        for (String name : new String[] {"car", "somalia"}) {
            var scenario = ScenarioLoader.load(Path.of("scenarios/" + name + ".yaml")).scenario();
            assertThat(scenario.model().actors()).noneMatch(ActorSpec::isComponent);
            Constellation m = scenario.newModel(1);
            m.start();
            for (Actor a : m.actors()) {
                assertThat(a.parent()).isNull();
                assertThat(a.whole()).isSameAs(a);
                assertThat(m.components(a)).isEmpty();
            }
        }
    }

    @Test
    void haitisMinustahPoliceIsAComponentOfItsMilitary() throws Exception {
        Constellation m = shipped("haiti");
        Actor military = m.actor("minustah-military");
        Actor police = m.actor("minustah-police");
        assertThat(police.parent()).isSameAs(military);
        assertThat(police.whole()).isSameAs(military);
        assertThat(m.components(military)).containsExactly(police);
        assertThat(m.actor("minujusth").whole()).as("MINUJUSTH stays a mission of its own")
                .isSameAs(m.actor("minujusth"));
    }

    @Test
    void sahelsIndividualPoliceOfficersAdviseTheHostsPoliceJusticeAndBorderServices() throws Exception {
        Constellation m = shipped("sahel");
        Actor ipo = m.actor("minusma-ipo");
        assertThat(ipo.whole()).isSameAs(m.actor("minusma"));
        var allowed = Arrays.stream(ipo.mandate().allowed()).mapToObj(i -> m.catalogue().all().get(i))
                .filter(t -> !t.has(ActivityFlag.INSIDE_FENCE)).toList();
        assertThat(allowed).filteredOn(ActivityType::isDirect).extracting(ActivityType::id)
                .as("direct: only the through-host rows").containsExactlyInAnyOrder(
                        "verifying-bans-and-moratoriums", "vetting-police", "border-monitoring");
        assertThat(allowed).filteredOn(t -> !t.isDirect()).extracting(ActivityType::institution).as("indirect")
                .isNotEmpty().allMatch(i -> i == Institution.POLICE || i == Institution.JUSTICE
                        || i == Institution.BORDER_MANAGEMENT);
        assertThat(allowed).extracting(ActivityType::id).contains("training-police-border-and-justice");
    }

    /**
     * The Sahel's two police components share the authorised police ceiling on the effort scale (1,440 x 40 /
     * 15,000 = 3.84, then 1,920 x 40 / 15,000 = 5.12 from July 2016, step 30) as the 1,728 police deployed in 2018
     * were split (1,417 in formed units, 311 individual officers; S/2018/541), and neither holds an executive
     * mandate, so both do the through-host rows through Mali (docs/ODD.md 7.6).
     */
    @Test
    void sahelsTwoPoliceComponentsShareTheCeilingAsDeployedIn2018AndActThroughTheHost() throws Exception {
        Constellation m = shipped("sahel");
        Actor units = m.actor("minusma-police");
        Actor officers = m.actor("minusma-ipo");
        assertThat(units.nominalCapacity() + officers.nominalCapacity()).isCloseTo(3.84, offset(0.001));
        assertThat(officers.nominalCapacity() / (units.nominalCapacity() + officers.nominalCapacity()))
                .isCloseTo(311.0 / 1728, offset(0.001));
        assertThat(capacityFrom(units, 30) + capacityFrom(officers, 30)).isCloseTo(5.12, offset(0.001));
        assertThat(capacityFrom(officers, 30) / 5.12).isCloseTo(311.0 / 1728, offset(0.001));
        ActivityType bans = m.catalogue().find("organized-crime/verifying-bans-and-moratoriums");
        for (Actor police : new Actor[] {units, officers}) {
            assertThat(police.isExecutive()).as(police.id()).isFalse();
            assertThat(police.actsThroughHost(bans)).as(police.id()).isTrue();
        }
    }

    /** The capacity an actor's schedule sets at a step. */
    /** A shipped scenario's model at seed 1, started. */
    private static Constellation shipped(String name) throws Exception {
        Constellation m = ScenarioLoader.load(Path.of("scenarios/" + name + ".yaml")).scenario().newModel(1);
        m.start();
        return m;
    }

    private static double capacityFrom(Actor actor, int step) {
        return actor.schedule().changes().stream().filter(c -> c.step() == step && !Double.isNaN(c.capacity()))
                .findFirst().orElseThrow().capacity();
    }
}
