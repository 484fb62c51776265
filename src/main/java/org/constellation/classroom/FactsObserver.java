package org.constellation.classroom;

import java.util.function.Consumer;
import org.constellation.model.Constellation;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Passes each finished month's {@link MonthFacts} on. Like the metrics observers, a copy of the model drops it. */
final class FactsObserver implements Steppable {

    private static final long serialVersionUID = 1L;

    private final transient Consumer<MonthFacts> sink;

    FactsObserver(Consumer<MonthFacts> sink) {
        this.sink = sink;
    }

    @Override
    public void step(SimState state) {
        if (sink != null) {
            sink.accept(MonthFacts.of((Constellation) state));
        }
    }
}
