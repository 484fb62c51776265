package org.constellation.model;

import org.constellation.model.agents.Actor;
import sim.engine.SimState;
import sim.engine.Steppable;

/** The SHARE phase: delivers the messages due, then runs the sharing rule. */
final class SharingStep implements Steppable {

    private static final long serialVersionUID = 1L;

    private final InformationSharingRule rule;
    private final StrategyContext context;

    SharingStep(InformationSharingRule rule, StrategyContext context) {
        this.rule = rule;
        this.context = context;
    }

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        deliver(m);
        rule.share(context, m.random);
        deliver(m);
    }

    /** Delivers every message due now to receivers that are still active. */
    static void deliver(Constellation m) {
        for (Message message : m.mailbox().due(m.step())) {
            Actor receiver = m.actors().get(message.receiver());
            if (receiver.isActive()) {
                receiver.receive(message, m);
                m.externalDecisions().delivered(message, m);
            }
        }
    }
}
