package org.constellation.model;

/**
 * The named phases of a step, in the order MASON runs them (lower orderings first). Within a
 * phase, actors run in an order MASON shuffles with the model's generator.
 */
public enum Phase {
    /** Scheduled shocks, deployments starting and ending, budget cycles, staff rotation. */
    EVENTS(0),
    /** Actors observe needs, threats and others' activities where they are present. */
    SENSE(1),
    /** The information-sharing rule passes assessments, plans and intelligence between actors. */
    SHARE(2),
    /** Coordination mechanisms change who knows what and who plans with whom, and charge staff time. */
    COORDINATE(3),
    /** Actors choose activities within their mandate and remaining capacity. */
    PLAN(4),
    /** Actors carry out their plans: effort enters the 3W ledger. */
    ACT(5),
    /** The step's effort takes effect: absorption, diversion, enforcement pressure, need reduction. */
    RESOLVE(6),
    /** Criminal and armed groups respond: grow, move, capture, divert. */
    ADVERSARIES(7),
    /** Needs evolve (drivers, spill-over, group pressure, harm); host, institutions and trust update. */
    WORLD(8),
    /** Metrics observe the finished step. */
    OBSERVE(10);

    private final int ordering;

    Phase(int ordering) {
        this.ordering = ordering;
    }

    /** The MASON schedule ordering of the phase. */
    public int ordering() {
        return ordering;
    }
}
