package org.constellation.model;

import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.spec.ShockSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The EVENTS phase: keeps the last step's effort for closures to look back on, rolls the ledger,
 * clears the step's accounts, applies the shocks due this step, and lets every actor start its step
 * (deployment, closure, budget cycle, rotation), in actor order.
 */
final class EventsStep implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<ShockSpec> shocks;

    EventsStep(List<ShockSpec> shocks) {
        this.shocks = List.copyOf(shocks);
    }

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        World w = m.world();
        int t = m.step();
        if (t > 0) {
            w.effortHistory().record(t - 1, w.ledger().current(), m.catalogue(), m.effortHistoryLength());
        }
        w.ledger().roll();
        w.accounts().reset();
        w.planBoard().reset();
        w.rotated().clear();
        ShockApplier applier = new ShockApplier(m);
        for (ShockSpec shock : shocks) {
            if (shock.step() == t) {
                shock.apply(applier);
            }
        }
        for (Actor a : w.actors()) {
            a.beginStep(m);
        }
    }
}
