package org.constellation.model;

import java.util.ArrayList;
import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.Plan;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.District;

/** What of a plan decided outside the model an actor can carry out: its mandate, its access and its budget. */
final class ExternalPlans {

    private static final double TOLERANCE = 1e-9;

    private ExternalPlans() {
    }

    /**
     * The plan without entries outside the actor's mandate, in districts it cannot work in this step or
     * with no effort, every remaining entry scaled by budget / total when the total exceeds the budget (by
     * more than rounding: the planner's own plans, which sum to the budget, pass unchanged).
     */
    static Plan carriedOut(Plan chosen, Actor actor, Constellation m, double budget) {
        List<PlannedActivity> kept = new ArrayList<>();
        double total = 0;
        for (PlannedActivity a : chosen.entries()) {
            if (a.effort() > 0 && a.district() >= 0 && a.district() < m.region().size()
                    && a.activity() >= 0 && a.activity() < m.catalogue().size()
                    && actor.mandate().allows(a.activity()) && workable(actor, m.region().district(a.district()), m)) {
                kept.add(a);
                total += a.effort();
            }
        }
        double factor = total > budget + TOLERANCE ? Math.max(0, budget) / total : 1;
        List<PlannedActivity> entries = new ArrayList<>(kept.size());
        for (PlannedActivity a : kept) {
            entries.add(factor == 1 ? a : new PlannedActivity(a.district(), a.activity(), a.effort() * factor));
        }
        return new Plan(actor.index(), m.step(), entries);
    }

    private static boolean workable(Actor actor, District d, Constellation m) {
        return actor.isPresentIn(d) && actor.canAccess(d, m);
    }
}
