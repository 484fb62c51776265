package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.agents.Actor;

/**
 * A mechanism in force only from one step until another (a coordinator appointed for an epidemic
 * and withdrawn after it, a forum set up mid-way): outside its window it coordinates nothing, hands
 * nothing over and costs nothing. What it did while in force (knowledge shared, trust built,
 * presence expanded) stays.
 */
public final class ScheduledMechanism implements CoordinationMechanism {

    private final CoordinationMechanism inner;
    private final int from;
    private final int until;

    /**
     * @param inner the mechanism
     * @param from first step in force
     * @param until first step no longer in force
     */
    public ScheduledMechanism(CoordinationMechanism inner, int from, int until) {
        this.inner = inner;
        this.from = from;
        this.until = until;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void initialize(CoordinationContext context) {
        inner.initialize(context);
    }

    @Override
    public void coordinate(CoordinationContext context, MersenneTwisterFast random) {
        if (inForce(context.step())) {
            inner.coordinate(context, random);
        }
    }

    @Override
    public void onClosure(CoordinationContext context, Actor closing) {
        if (inForce(context.step())) {
            inner.onClosure(context, closing);
        }
    }

    private boolean inForce(int step) {
        return step >= from && step < until;
    }
}
