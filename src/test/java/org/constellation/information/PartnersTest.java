package org.constellation.information;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Percentage;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;
import org.junit.jupiter.api.Test;

/** Whom an actor shares with in a round: every contact up to the cap, a random choice of that many beyond it. */
class PartnersTest {

    private static final String HEALTHCARE = "epidemics/healthcare-services";

    /**
     * Country a with {@code inA} agencies (in-a-0, in-a-1, ...), country b with {@code inB} (in-b-0, ...), and one agency
     * ("both") present in the two; plus the two host governments.
     */
    private static Constellation world(int inA, int inB) {
        TestWorld w = TestWorld.acrossBorder(0.5);
        for (int i = 0; i < inA; i++) {
            w.actor("in-a-" + i, ActorType.UNCT_AGENCY, 1, List.of("a1"), HEALTHCARE);
        }
        for (int i = 0; i < inB; i++) {
            w.actor("in-b-" + i, ActorType.UNCT_AGENCY, 1, List.of("b1"), HEALTHCARE);
        }
        w.actor("both", ActorType.UNCT_AGENCY, 1, List.of("a1", "b1"), HEALTHCARE);
        w.actor("also-both", ActorType.UNCT_AGENCY, 1, List.of("a1", "b1"), HEALTHCARE);
        Constellation m = w.start(1);
        m.schedule.step(m);
        assertThat(m.actors()).allMatch(Actor::isActive);
        return m;
    }

    private static Actor actor(Constellation m, String id) {
        return m.actors().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Actor> chosen(Partners partners, Actor from, MersenneTwisterFast random) {
        int n = partners.choose(from, random);
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(partners.get(i));
        }
        return out;
    }

    /** Every active actor present in a country where {@code from} is present, other than itself, in index order. */
    private static List<Actor> contacts(Constellation m, Actor from) {
        return m.actors().stream().filter(a -> a != from && a.isActive() && a.sharesCountryWith(from)).toList();
    }

    @Test
    void underTheCapEveryContactIsAPartnerAndNothingIsDrawn() {
        Constellation m = world(6, 3);
        Partners partners = new Partners(m.actors(), m.region().countries(), false, 16);
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        for (Actor from : m.actors()) {
            assertThat(chosen(partners, from, random)).containsExactlyElementsOf(contacts(m, from));
        }
        assertThat(random.nextLong()).isEqualTo(new MersenneTwisterFast(5).nextLong());
    }

    @Test
    void aboveTheCapAnActorDrawsThatManyPartnersInTheCountryInIndexOrder() {
        Constellation m = world(30, 3);
        Partners partners = new Partners(m.actors(), m.region().countries(), false, 10);
        Actor from = actor(m, "in-a-4");
        Set<List<Actor>> seen = new HashSet<>();
        for (int seed = 1; seed <= 5; seed++) {
            List<Actor> chosen = chosen(partners, from, new MersenneTwisterFast(seed));
            assertThat(chosen).hasSize(10).doesNotHaveDuplicates().doesNotContain(from)
                    .isSortedAccordingTo((x, y) -> Integer.compare(x.index(), y.index()))
                    .allMatch(a -> a.sharesCountryWith(from));
            assertThat(chosen(partners, from, new MersenneTwisterFast(seed))).isEqualTo(chosen);
            seen.add(chosen);
        }
        assertThat(seen).hasSizeGreaterThan(1);
    }

    @Test
    void everyContactIsEquallyLikelyToBeDrawn() {
        Constellation m = world(20, 0);
        Actor from = actor(m, "in-a-0");
        List<Actor> contacts = contacts(m, from);
        Partners partners = new Partners(m.actors(), m.region().countries(), false, 5);
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        int rounds = 4000;
        int[] times = new int[m.actors().size()];
        for (int r = 0; r < rounds; r++) {
            chosen(partners, from, random).forEach(a -> times[a.index()]++);
        }
        double expected = rounds * 5.0 / contacts.size();
        for (Actor a : contacts) {
            assertThat((double) times[a.index()]).isCloseTo(expected, Percentage.withPercentage(15));
        }
    }

    @Test
    void anActorInTwoCountriesKeepsTheCapInEachAndCountsAPartnerMetInBothOnce() {
        Constellation m = world(30, 4);
        Partners partners = new Partners(m.actors(), m.region().countries(), false, 10);
        Actor both = actor(m, "both");
        Actor alsoBoth = actor(m, "also-both");
        Actor hostA = actor(m, "a-government");
        int metInBoth = 0;
        for (int seed = 1; seed <= 20; seed++) {
            List<Actor> chosen = chosen(partners, both, new MersenneTwisterFast(seed));
            long agenciesInA = chosen.stream().filter(a -> a.id().startsWith("in-a-")).count();
            int drawnInA = (int) agenciesInA + (chosen.contains(hostA) ? 1 : 0);
            // country b (4 agencies, its host and also-both: 6 others) is under the cap, so all of them come;
            // country a has 32 others, of which 10 are drawn, also-both among them or not
            assertThat(chosen.stream().map(Actor::id).filter(id -> id.startsWith("in-b-")))
                    .containsExactly("in-b-0", "in-b-1", "in-b-2", "in-b-3");
            assertThat(chosen).doesNotHaveDuplicates().contains(alsoBoth, actor(m, "b-government"));
            assertThat(drawnInA).isBetween(9, 10);
            assertThat(chosen).hasSize(6 + drawnInA);
            metInBoth += 10 - drawnInA;
        }
        assertThat(metInBoth).as("also-both drawn in country a, and met in b too, at some seed").isPositive();
    }

    @Test
    void aCountryWithExactlyTheCapIsNotDrawnFrom() {
        Constellation m = world(9, 0);
        Actor from = actor(m, "in-a-0");
        List<Actor> contacts = contacts(m, from);
        assertThat(contacts).hasSize(11);
        MersenneTwisterFast random = new MersenneTwisterFast(8);
        Partners partners = new Partners(m.actors(), m.region().countries(), false, 11);
        assertThat(chosen(partners, from, random)).containsExactlyElementsOf(contacts);
        assertThat(random.nextLong()).isEqualTo(new MersenneTwisterFast(8).nextLong());
    }

    @Test
    void aCountryAtTheCapIsNotDrawnFromEvenWhenAnotherIsAboveIt() {
        Constellation m = world(30, 4);
        Actor both = actor(m, "both");
        Partners partners = new Partners(m.actors(), m.region().countries(), false, 6);
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        chosen(partners, both, random);
        // country a (32 others) takes six draws; country b (exactly 6 others) none
        MersenneTwisterFast expected = new MersenneTwisterFast(4);
        for (int i = 0; i < 6; i++) {
            expected.nextInt(32 - i);
        }
        assertThat(random.nextLong()).isEqualTo(expected.nextLong());
    }

    @Test
    void noCapMeansEveryContact() {
        Constellation m = world(30, 3);
        Partners partners = new Partners(m.actors(), m.region().countries(), false, 0);
        Actor from = actor(m, "in-a-4");
        assertThat(chosen(partners, from, new MersenneTwisterFast(1))).containsExactlyElementsOf(contacts(m, from));
    }

    @Test
    void acrossBordersTheCapHoldsInEveryCountry() {
        Constellation m = world(3, 30);
        Partners partners = new Partners(m.actors(), m.region().countries(), true, 10);
        Actor from = actor(m, "in-a-0");
        List<Actor> chosen = chosen(partners, from, new MersenneTwisterFast(2));
        assertThat(chosen).doesNotHaveDuplicates();
        assertThat(chosen.stream().filter(a -> a.id().startsWith("in-b-")).count()).isLessThanOrEqualTo(10);
        assertThat(chosen.stream().map(Actor::id).filter(id -> id.startsWith("in-a-")))
                .containsExactly("in-a-1", "in-a-2");
        Partners uncapped = new Partners(m.actors(), m.region().countries(), true, 40);
        assertThat(chosen(uncapped, from, new MersenneTwisterFast(2)))
                .containsExactlyElementsOf(m.actors().stream().filter(a -> a != from && a.isActive()).toList());
    }
}
