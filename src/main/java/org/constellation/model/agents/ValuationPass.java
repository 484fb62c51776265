package org.constellation.model.agents;

import java.io.Serializable;
import java.util.Arrays;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.activity.ActivityType;

/**
 * What {@link ActivityValuation#value} needs of the actor that is planning and that is the same for every
 * option of its planning pass: its priority on each challenge, whether its mandate allows enforcement, its
 * horizon (the smaller of its own and its announced stay), the discount of each activity type's effect and
 * of a driver's lowering. Each is computed as the valuation computed it for every option, once per pass:
 * the same numbers, so the same values. It is made afresh by {@link ActivityValuation#prepare}, which opens
 * each planning pass, and by a valuation for another actor than the last one prepared.
 */
final class ValuationPass implements Serializable {

    private static final long serialVersionUID = 1L;

    private Actor actor;
    private final double[] priority = new double[Challenge.COUNT];
    private boolean enforces;
    private int horizon;
    private int actorHorizon;
    private double driverDiscount;
    private double[] discount = new double[0];

    /** Computes the pass's values for an actor at the model's current step. */
    void prepare(Actor planner, Constellation m, double driverPersistence) {
        actor = planner;
        for (Challenge c : Challenge.all()) {
            priority[c.ordinal()] = planner.priority(c, m);
        }
        enforces = ActivityValuation.enforces(planner, m);
        actorHorizon = planner.horizon();
        horizon = Math.min(planner.horizon(), planner.remainingSteps(m));
        driverDiscount = LastingGain.discounted(driverPersistence, planner.horizon(), planner.remainingSteps(m));
        if (discount.length != m.catalogue().size()) {
            discount = new double[m.catalogue().size()];
        }
        Arrays.fill(discount, Double.NaN);
    }

    /**
     * Prepares the pass unless it is already that of this actor (the model's step is not compared: MASON's
     * clock is read under a lock, which cost 4% of a large run when read for every option).
     */
    void refresh(Actor planner, Constellation m, double driverPersistence) {
        if (planner != actor) {
            prepare(planner, m, driverPersistence);
        }
    }

    /** The actor's priority on a challenge. */
    double priority(Challenge c) {
        return priority[c.ordinal()];
    }

    /** True if the actor's mandate allows some enforcement. */
    boolean enforces() {
        return enforces;
    }

    /** The smaller of the actor's horizon and its announced remaining steps. */
    int horizon() {
        return horizon;
    }

    /** The discounted worth of a driver's lowering that persists (see {@link LastingGain#discounted}). */
    double driverDiscount() {
        return driverDiscount;
    }

    /** The discount of an activity type's effect, computed by the valuation on first use in the pass. */
    double discount(ActivityType type, ActivityValuation valuation) {
        double d = discount[type.index()];
        if (Double.isNaN(d)) {
            d = valuation.discount(type, actorHorizon, horizon);
            discount[type.index()] = d;
        }
        return d;
    }
}
