package org.constellation.model.agents;

import java.io.Serializable;
import java.util.Arrays;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;

/**
 * What {@link ActivityValuation#value} needs of the actor that is planning and that is the same for every
 * option of its planning pass: its priority on each challenge, whether its mandate allows enforcement, its
 * horizon (the smaller of its own and its announced stay), the discount of each activity type's effect and
 * of a driver's lowering, the capture it expects of each host institution, and the worth of lowering each
 * driver of the district being valued (nothing in the world changes while an actor plans). Each is computed
 * as the valuation computed it for every option, once per pass: the same numbers, so the same values. It is
 * made afresh by {@link ActivityValuation#prepare}, which opens each planning pass, and by a valuation for
 * another actor than the last one prepared.
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
    private double[] capture = new double[0];
    private District driverDistrict;
    private final double[] driverWorth = new double[Challenge.COUNT];

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
        int captures = m.region().countries().size() * Institution.COUNT;
        if (capture.length != captures) {
            capture = new double[captures];
        }
        Arrays.fill(capture, Double.NaN);
        driverDistrict = null;
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

    /** The actor's expected capture of a host institution as kept in this pass, or NaN if not kept (yet). */
    double capture(Actor of, Country country, Institution institution) {
        return of == actor ? capture[country.index() * Institution.COUNT + institution.ordinal()] : Double.NaN;
    }

    /** Keeps the actor's expected capture of a host institution for the rest of the pass. */
    void keepCapture(Actor of, Country country, Institution institution, double value) {
        if (of == actor) {
            capture[country.index() * Institution.COUNT + institution.ordinal()] = value;
        }
    }

    /**
     * What lowering a driver is worth in a district on a challenge, as kept in this pass, or NaN if not kept:
     * the values of the last district valued are kept (the planner values a district's options together).
     */
    double driverWorth(District d, Challenge c) {
        return d == driverDistrict ? driverWorth[c.ordinal()] : Double.NaN;
    }

    /** Keeps what lowering a driver is worth in a district on a challenge. */
    void keepDriverWorth(District d, Challenge c, double value) {
        if (d != driverDistrict) {
            driverDistrict = d;
            Arrays.fill(driverWorth, Double.NaN);
        }
        driverWorth[c.ordinal()] = value;
    }
}
