package org.constellation.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationContext;
import org.constellation.model.SharingContext;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.Country;

/** Who takes part in a mechanism, and facts about groups of actors that mechanisms need. */
final class Participants {

    private Participants() {
    }

    /**
     * The active actors taking part in a mechanism: those named by id, or, if none are named, those
     * matching the default; an actor the default admits may join, and any member may leave, by a
     * decision taken outside the model ({@link CoordinationContext#takesPart}).
     */
    static List<Actor> resolve(CoordinationContext ctx, String mechanism, List<String> ids,
            Predicate<Actor> byDefault) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : ctx.actors()) {
            if (a.isActive()) {
                boolean named = ids.isEmpty() ? byDefault.test(a) : ids.contains(a.id());
                if (ctx.takesPart(mechanism, a, named, named || byDefault.test(a))) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** True for missions, agencies, donors and civil society (not host governments). */
    static boolean partner(Actor a) {
        return a.type() != ActorType.HOST_GOVERNMENT;
    }

    /** True for UN missions (peacekeeping or political). */
    static boolean unMission(Actor a) {
        return a.type() == ActorType.MISSION && a.organisation().startsWith("un-");
    }

    /** True if the actor is present in some district of the country. */
    static boolean presentIn(Actor a, Country c) {
        return a.isPresentIn(c);
    }

    /** True if the two actors are present in a common country. */
    static boolean shareCountry(Actor a, Actor b) {
        return a.sharesCountryWith(b);
    }

    /** Mean working trust over the ordered pairs of a group (1 for a group of one). */
    static double cohesion(SharingContext ctx, List<Actor> group) {
        double sum = 0;
        int pairs = 0;
        for (Actor a : group) {
            for (Actor b : group) {
                if (a != b) {
                    sum += ctx.relations().trust(a.index(), b.index());
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 1 : sum / pairs;
    }

    /** Engagement of a people-dependent arrangement: min(1, 2 x cohesion), 1 at neutral trust. */
    static double engagement(SharingContext ctx, List<Actor> group) {
        return Math.min(1, 2 * cohesion(ctx, group));
    }
}
