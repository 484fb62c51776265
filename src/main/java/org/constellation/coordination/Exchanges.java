package org.constellation.coordination;

import java.util.List;
import org.constellation.model.CoordinationContext;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;

/** Exchanges of information and joint work within a group. */
final class Exchanges {

    private Exchanges() {
    }

    /** Every member sends every other member the given kinds of information. */
    static void allPairs(CoordinationContext ctx, List<Actor> group, List<InfoKind> kinds, int delay, double doubt) {
        for (Actor from : group) {
            for (Actor to : group) {
                if (from != to) {
                    for (InfoKind k : kinds) {
                        ctx.send(from, to, k, delay, doubt);
                    }
                }
            }
        }
    }

    /** Every pair of the group records a step of joint work. */
    static void jointWork(CoordinationContext ctx, List<Actor> group) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                ctx.jointWork(group.get(i), group.get(j));
            }
        }
    }
}
