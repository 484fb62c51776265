package org.constellation.model;

import java.io.Serializable;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.Plan;

/**
 * Decisions taken outside the model for some of its actors (a class playing them in browsers, say).
 * The model consults it exactly where it would decide by itself, and an implementation answers
 * with the model's own decision wherever it has nothing to say: {@link #AUTOMATED} always does.
 * What it decides enters through the model's usual paths: a plan replaces the planner's output
 * for one actor's step and is then carried out like any other; a sharing choice replaces one draw
 * of the sharing rule (the draw is still made, so the random stream is the same); a membership
 * choice changes who a mechanism counts as taking part, who then pays its staff time.
 *
 * <p>An implementation is part of the model's state (it is checkpointed with it), must be
 * serializable and deterministic, and never draws from the model's generator.
 */
public interface ExternalDecisions extends Serializable {

    /** The model decides everything itself. */
    ExternalDecisions AUTOMATED = Automated.INSTANCE;

    /**
     * PLAN phase, for an actor that re-plans this step (its budget cycle allows it): the plan it
     * carries out instead of its planner's, or null for the planner's. The model drops entries
     * outside the actor's mandate or the districts it can work in this step, and scales the rest
     * down to the budget if they exceed it.
     *
     * @param budget the effort units left after this step's coordination
     */
    default Plan plan(Actor actor, Constellation model, double budget) {
        return null;
    }

    /**
     * SHARE phase: whether {@code from} passes a kind of information to {@code to} on a channel the
     * sharing rule opens this step.
     *
     * @param automated what the rule's own draw decided
     */
    default boolean shares(Actor from, Actor to, InfoKind kind, boolean automated) {
        return automated;
    }

    /**
     * COORDINATE phase: whether an actor takes part in a mechanism this step.
     *
     * @param automated whether the mechanism counts it in by the scenario's rule
     * @param eligible whether the mechanism is open to it at all (true whenever {@code automated} is)
     */
    default boolean takesPart(String mechanism, Actor actor, boolean automated, boolean eligible) {
        return automated;
    }

    /** Told, at the end of the COORDINATE phase, that the actors are about to plan. Must not change the model. */
    default void beforePlanning(Constellation model) {
    }

    /** Told that a message reached its receiver (in the SHARE or COORDINATE phase). Must not change the model. */
    default void delivered(Message message, Constellation model) {
    }

    /** The model's own decisions, everywhere. */
    enum Automated implements ExternalDecisions {
        INSTANCE
    }
}
