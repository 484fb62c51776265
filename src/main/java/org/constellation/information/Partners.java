package org.constellation.information;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.Country;

/**
 * Whom an actor shares with in one sharing round. Its contacts are the active actors present in a
 * country where it is present too (in any country, and those present in none, with cross-border
 * sharing). In each such country it keeps up working contact with at most {@code cap} of them: where
 * more are present, it draws that many at random, uniformly and without replacement, one country after
 * the other; a partner met in any country is a partner. Where no country has more than the cap, the
 * partners are every contact and nothing is drawn. Partners come in actor-index order.
 */
final class Partners {

    private final List<Actor> actors;
    private final List<Country> countries;
    private final List<List<Actor>> byCountry;
    private final List<Actor> nowhere;
    private final boolean crossBorder;
    private final int cap;
    private final Actor[] partners;
    private final Actor[] scratch;
    private final int[] chosenIn;
    private int call;
    private int count;

    /**
     * @param actors every actor, in index order
     * @param cap most partners per country (0: no limit)
     */
    Partners(List<Actor> actors, List<Country> countries, boolean crossBorder, int cap) {
        this.actors = actors;
        this.countries = countries;
        this.crossBorder = crossBorder;
        this.cap = cap;
        this.byCountry = new ArrayList<>(countries.size());
        for (Country c : countries) {
            byCountry.add(present(actors, c));
        }
        this.nowhere = crossBorder ? presentNowhere(actors, countries) : List.of();
        this.partners = new Actor[actors.size()];
        this.scratch = new Actor[actors.size()];
        this.chosenIn = new int[actors.size()];
    }

    /**
     * Chooses the partners of an active actor for this round; returns how many there are, to be read with {@link
     * #get} until the next call (one buffer serves every actor of the round, which is on the model's hot path).
     */
    int choose(Actor from, MersenneTwisterFast random) {
        count = 0;
        call++;
        if (cap > 0 && anyGroupAboveCap(from)) {
            drawPerGroup(from, random);
        } else {
            everyContact(from);
        }
        return count;
    }

    /** The i-th partner chosen by the last {@link #choose}. */
    Actor get(int i) {
        return partners[i];
    }

    private boolean anyGroupAboveCap(Actor from) {
        for (int c = 0; c < countries.size(); c++) {
            boolean present = from.isPresentIn(countries.get(c));
            if ((crossBorder || present) && byCountry.get(c).size() - (present ? 1 : 0) > cap) {
                return true;
            }
        }
        return crossBorder && nowhere.size() - (nowhere.contains(from) ? 1 : 0) > cap;
    }

    private boolean isGroup(Actor from, int country) {
        return crossBorder || from.isPresentIn(countries.get(country));
    }

    /** Every contact, without a draw: the same actors, in the same order, as before a cap existed. */
    private void everyContact(Actor from) {
        for (Actor to : crossBorder ? actors : singleCountryOrAll(from)) {
            if (to != from && to.isActive() && (crossBorder || from.sharesCountryWith(to))) {
                partners[count++] = to;
            }
        }
    }

    /** The actors present in {@code from}'s country if it works in one country only, else every actor. */
    private List<Actor> singleCountryOrAll(Actor from) {
        List<Actor> only = null;
        for (int c = 0; c < countries.size(); c++) {
            if (from.isPresentIn(countries.get(c))) {
                if (only != null) {
                    return actors;
                }
                only = byCountry.get(c);
            }
        }
        return only == null ? actors : only;
    }

    private void drawPerGroup(Actor from, MersenneTwisterFast random) {
        for (int c = 0; c < countries.size(); c++) {
            if (isGroup(from, c)) {
                drawFrom(byCountry.get(c), from, random);
            }
        }
        if (crossBorder) {
            drawFrom(nowhere, from, random);
        }
        Arrays.sort(partners, 0, count, Comparator.comparingInt(Actor::index));
    }

    /** Adds at most {@code cap} of a group's actors other than {@code from}, drawn at random if more. */
    private void drawFrom(List<Actor> group, Actor from, MersenneTwisterFast random) {
        int n = 0;
        for (Actor a : group) {
            if (a != from) {
                scratch[n++] = a;
            }
        }
        int k = Math.min(n, cap);
        if (n > cap) {
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                Actor swap = scratch[i];
                scratch[i] = scratch[j];
                scratch[j] = swap;
            }
        }
        for (int i = 0; i < k; i++) {
            Actor a = scratch[i];
            if (chosenIn[a.index()] != call) {
                chosenIn[a.index()] = call;
                partners[count++] = a;
            }
        }
    }

    /** The active actors present in a country, in index order. */
    private static List<Actor> present(List<Actor> actors, Country c) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            if (a.isActive() && a.isPresentIn(c)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The active actors present in no country, in index order. */
    private static List<Actor> presentNowhere(List<Actor> actors, List<Country> countries) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            if (a.isActive() && countries.stream().noneMatch(a::isPresentIn)) {
                out.add(a);
            }
        }
        return out;
    }
}
