package org.constellation.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.ExternalDecisions;
import org.constellation.model.InfoKind;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.agents.Actor;
import org.junit.jupiter.api.Test;

/**
 * In a model run, a table rule asks about no more distinct receivers per sender and round than its {@code
 * max_contacts}: every channel it draws for is put to the run's external decisions, which record them here and
 * leave the draw as it is.
 */
class SharingCapTest {

    /** Records, per step, every receiver each sender's channels were drawn for. */
    private static final class Channels implements ExternalDecisions {
        private static final long serialVersionUID = 1L;
        private final Map<Actor, Set<Actor>> receivers = new HashMap<>();

        @Override
        public boolean shares(Actor from, Actor to, InfoKind kind, boolean automated) {
            receivers.computeIfAbsent(from, k -> new HashSet<>()).add(to);
            return automated;
        }
    }

    /** The most distinct receivers of one sender in the second step of a country of 30 agencies and its host. */
    private static int most(InformationSharingRule rule) {
        TestWorld w = TestWorld.twoDistricts(0.5).sharing(rule);
        for (int i = 0; i < 30; i++) {
            w.actor("agency-" + i, ActorType.UNCT_AGENCY, 1, List.of("a1", "a2"), "epidemics/healthcare-services");
        }
        Constellation m = w.start(3);
        m.schedule.step(m);
        Channels channels = new Channels();
        m.decideWith(channels);
        m.schedule.step(m);
        return channels.receivers.values().stream().mapToInt(Set::size).max().orElse(0);
    }

    @Test
    void aTableOnOpenSharesWithAtMostTwentyPartnersByDefault() {
        assertThat(most(SharingRules.create("table", Map.of(), Map.of("base", List.of("open")), Map.of())))
                .isEqualTo(20);
    }

    @Test
    void aCapOfZeroOrOpenItselfLetsEveryoneShareWithAllThirty() {
        assertThat(most(SharingRules.create("table", Map.of("max_contacts", 0.0), Map.of("base", List.of("open")),
                Map.of()))).isEqualTo(30);
        assertThat(most(Runs.rule("open"))).isEqualTo(30);
    }

    @Test
    void aCapSetInTheScenarioIsTheOneUsed() {
        assertThat(most(SharingRules.create("sources-default", Map.of("max_contacts", 5.0), Map.of(), Map.of())))
                .isEqualTo(5);
    }
}
