package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.CoordinationContext;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * What a focal point or an advisor does for one actor and one challenge: brings the challenge into
 * the actor's analysis and planning (the weight of the challenge's cells rises by
 * (mainstreaming - 1) x (1 - pushback), pushback being the resistance of sections that feel no
 * ownership), and exchanges assessments with counterparts in other organisations working on it,
 * each contact succeeding with the working trust between the two.
 */
final class Specialists {

    private Specialists() {
    }

    static void work(CoordinationContext ctx, Actor member, Challenge c, double mainstreaming, double pushback,
            int counterparts, MersenneTwisterFast random) {
        double factor = 1 + (mainstreaming - 1) * (1 - pushback);
        for (District d : ctx.region().districts()) {
            member.guidance().scaleCell(NeedField.cell(d.index(), c), factor);
        }
        List<Actor> candidates = new ArrayList<>();
        for (Actor a : ctx.actors()) {
            if (a != member && a.isActive() && Participants.shareCountry(member, a) && CellAllocator.covers(ctx, a, c)) {
                candidates.add(a);
            }
        }
        for (int k = 0; k < counterparts && !candidates.isEmpty(); k++) {
            Actor other = candidates.remove(random.nextInt(candidates.size()));
            if (random.nextDouble() < ctx.relations().trust(member.index(), other.index())) {
                ctx.send(member, other, InfoKind.NEEDS, 0, 0);
                ctx.send(other, member, InfoKind.NEEDS, 0, 0);
                ctx.jointWork(member, other);
            }
        }
    }

    static List<Challenge> challenges(MechanismConfig config) {
        List<String> keys = config.list("challenges");
        return keys.isEmpty() ? List.of(Challenge.ENVIRONMENT) : keys.stream().map(Challenge::byKey).toList();
    }
}
