package org.constellation.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/** The COORDINATE phase: runs every mechanism in force, in scenario order, then delivers what they sent. */
final class CoordinationStep implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<CoordinationMechanism> mechanisms;
    private final StrategyContext context;

    CoordinationStep(List<CoordinationMechanism> mechanisms, StrategyContext context) {
        this.mechanisms = List.copyOf(mechanisms);
        this.context = context;
    }

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        for (CoordinationMechanism mechanism : mechanisms) {
            mechanism.coordinate(context, m.random);
        }
        SharingStep.deliver(m);
        m.externalDecisions().beforePlanning(m);
    }
}
