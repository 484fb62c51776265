package org.constellation.coordination;

import java.util.List;
import org.constellation.model.agents.Actor;

/** Chooses who leads a mechanism: the actor named, or the member with the largest capacity. */
final class Leads {

    private Leads() {
    }

    static Actor lead(List<String> named, List<Actor> members) {
        if (!named.isEmpty()) {
            for (Actor a : members) {
                if (a.id().equals(named.get(0))) {
                    return a;
                }
            }
        }
        Actor best = members.get(0);
        for (Actor a : members) {
            if (a.nominalCapacity() > best.nominalCapacity()) {
                best = a;
            }
        }
        return best;
    }
}
