package org.constellation.model;

import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.District;

/**
 * What a {@link CoordinationMechanism} may see and do. Mechanisms act only by changing who knows
 * what (sending information), who plans with whom (planning groups), what actors are steered
 * towards (guidance) and where they work (presence), and every one of those costs staff time that
 * is charged to the actors taking part and is then missing from their activities.
 */
public interface CoordinationContext extends SharingContext {

    /**
     * Charges staff time to an actor for a mechanism this step: a declared cost in effort units, which the
     * model scales to the actor's size ({@code coordination.cost_elasticity}).
     */
    void charge(Actor actor, double effort, String mechanism);

    /** Charges a share of an actor's nominal capacity for a mechanism this step (already a share: not scaled). */
    void chargeShare(Actor actor, double share, String mechanism);

    /** Lets the members plan jointly this step: each sees the plans of members who planned before it. */
    void formPlanningGroup(List<Actor> members, String mechanism);

    /** Records a step of joint work between two actors (their working trust grows). */
    void jointWork(Actor a, Actor b);

    /**
     * Records friction between two actors (a meeting perceived as not consensus-based): their working
     * trust, both ways, loses a share.
     */
    void strain(Actor a, Actor b, double loss);

    /** Extends an actor's presence to a district. */
    void expandPresence(Actor actor, District district);

    /**
     * What an actor did before its taper: its mean effort per need cell target over the transition metric's
     * reference period (the {@code metrics.transition_baseline} steps that end when its exit became known, or
     * now if it is not known), the window the model records at its closure.
     */
    EffortBaseline referenceEffort(Actor actor);

    /** Actors that closed so far, with the cells they left. */
    List<ClosureRecord> closures();

    /**
     * Whether an actor takes part in a mechanism this step: the mechanism's own rule ({@code automated}),
     * unless a decision taken outside the model ({@link ExternalDecisions#takesPart}) says otherwise for an
     * actor to which the mechanism is open ({@code eligible}). By default, the mechanism's rule.
     */
    default boolean takesPart(String mechanism, Actor actor, boolean automated, boolean eligible) {
        return automated;
    }

    /** This step's plan board (plans appear during the PLAN phase). */
    PlanBoard planBoard();
}
