package org.constellation.model;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The OBSERVE phase: the model's one place in the schedule where observers (metrics, the 3W
 * ledger) look at the finished step, in the order they were added. Observers live here rather than
 * in MASON's schedule because the schedule's heap decides, before shuffling, the order of the actors
 * within a phase: an observer scheduled there would change the model's course, so that a run would
 * depend on what it records. Observers must not change the model.
 */
final class ObservationStep implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<Steppable> observers = new ArrayList<>();

    void add(Steppable observer) {
        observers.add(observer);
    }

    @Override
    public void step(SimState state) {
        for (Steppable observer : observers) {
            observer.step(state);
        }
    }
}
