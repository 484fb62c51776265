package org.constellation.information;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.InfoKind;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.Relations;
import org.constellation.model.SharingContext;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.world.Country;
import org.constellation.model.world.Region;
import org.junit.jupiter.api.Test;

/** A table rule sends to no more distinct receivers in a country than its {@code max_contacts}. */
class SharingCapTest {

    /** 30 agencies and the host in one country, after the first step. */
    private static Constellation crowded() {
        TestWorld w = TestWorld.twoDistricts(0.5);
        for (int i = 0; i < 30; i++) {
            w.actor("agency-" + i, ActorType.UNCT_AGENCY, 1, List.of("a1", "a2"), "epidemics/healthcare-services");
        }
        Constellation m = w.start(3);
        m.schedule.step(m);
        return m;
    }

    /** The distinct receivers of each sender in one round of the rule. */
    private static Map<Actor, Set<Actor>> oneRound(InformationSharingRule rule) {
        Constellation m = crowded();
        Map<Actor, Set<Actor>> receivers = new HashMap<>();
        rule.share(new SharingContext() {
            @Override
            public int step() {
                return 1;
            }

            @Override
            public List<Actor> actors() {
                return m.actors();
            }

            @Override
            public Region region() {
                return m.region();
            }

            @Override
            public ActivityCatalogue catalogue() {
                return m.catalogue();
            }

            @Override
            public ModelParameters parameters() {
                return m.parameters();
            }

            @Override
            public Relations relations() {
                return m.relations();
            }

            @Override
            public HostGovernment host(Country country) {
                return m.host(country);
            }

            @Override
            public void send(Actor from, Actor to, InfoKind kind, int delay, double doubt) {
                receivers.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            }

            @Override
            public List<Actor> rotatedThisStep() {
                return List.of();
            }
        }, new MersenneTwisterFast(9));
        return receivers;
    }

    private static int most(Map<Actor, Set<Actor>> receivers) {
        return receivers.values().stream().mapToInt(Set::size).max().orElse(0);
    }

    @Test
    void aTableOnOpenSharesWithAtMostTwentyPartnersByDefault() {
        Map<Actor, Set<Actor>> capped = oneRound(SharingRules.create("table", Map.of(),
                Map.of("base", List.of("open")), Map.of()));
        assertThat(capped).isNotEmpty();
        assertThat(most(capped)).isBetween(15, 20);
    }

    @Test
    void aCapOfZeroOrOpenItselfLetsEveryoneShareWithAllThirty() {
        assertThat(most(oneRound(SharingRules.create("table", Map.of("max_contacts", 0.0),
                Map.of("base", List.of("open")), Map.of())))).isGreaterThan(25);
        assertThat(most(oneRound(Runs.rule("open")))).isEqualTo(30);
    }

    @Test
    void aCapSetInTheScenarioIsTheOneUsed() {
        assertThat(most(oneRound(SharingRules.create("sources-default", Map.of("max_contacts", 5.0), Map.of(),
                Map.of())))).isBetween(1, 5);
    }
}
