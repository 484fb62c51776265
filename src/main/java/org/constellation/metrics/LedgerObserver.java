package org.constellation.metrics;

import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.District;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Observes the 3W cube: after every step it passes each row of the ledger (who did what where, with
 * how much effort) to a {@link LedgerSink}, in the shape of OCHA's "who does what where" data. Like
 * {@link MetricsObserver}, its sink is not checkpointed: restored with a model, it does nothing.
 */
public final class LedgerObserver implements Steppable {

    private static final long serialVersionUID = 1L;

    /** The column names of a 3W row. */
    public static final String[] COLUMNS = {"step", "actor", "actor_type", "organisation", "country", "district",
        "challenge", "activity", "mode", "target", "effort"};

    /** Receives 3W rows. */
    @FunctionalInterface
    public interface LedgerSink {
        /** Accepts one row, values in {@link #COLUMNS} order (effort as a number, the rest as text). */
        void accept(int step, String[] labels, double effort);
    }

    private final transient LedgerSink sink;

    public LedgerObserver(LedgerSink sink) {
        this.sink = sink;
    }

    /** Adds a new observer to a started model, from its next step on. */
    public static void attach(Constellation model, LedgerSink sink) {
        model.observe(new LedgerObserver(sink));
    }

    @Override
    public void step(SimState state) {
        if (sink == null) {
            return;
        }
        Constellation m = (Constellation) state;
        ActivityCatalogue catalogue = m.catalogue();
        for (Ledger.Entry e : m.ledger().current()) {
            Actor a = m.actors().get(e.actor());
            District d = m.region().district(e.district());
            ActivityType t = catalogue.get(e.activity());
            Challenge c = t.challenge();
            sink.accept(m.step(), new String[] {a.id(), a.type().key(), a.organisation(), d.country().id(), d.id(),
                c.key(), t.id(), t.mode().key(), t.target().key()}, e.effort());
        }
    }
}
