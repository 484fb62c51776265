package org.constellation.model;

import org.constellation.model.agents.Actor;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Runs one phase of one actor; MASON shuffles the actors of a phase with the model's generator. */
final class ActorPhaseStep implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final Phase phase;

    ActorPhaseStep(Actor actor, Phase phase) {
        this.actor = actor;
        this.phase = phase;
    }

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        switch (phase) {
            case SENSE -> actor.sense(m);
            case PLAN -> actor.plan(m);
            case ACT -> actor.act(m);
            default -> throw new IllegalStateException("Actors have no " + phase + " phase");
        }
    }
}
