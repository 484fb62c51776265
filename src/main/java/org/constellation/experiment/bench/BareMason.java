package org.constellation.experiment.bench;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The floor of agent-step cost: a MASON model whose agents do nothing, scheduled as the real
 * model's agents are (repeating, every step), to compare the real step cost against.
 */
final class BareMason extends SimState {

    private static final long serialVersionUID = 1L;

    private final int agents;
    private long stepped;

    BareMason(long seed, int agents) {
        super(seed);
        this.agents = agents;
    }

    @Override
    public void start() {
        super.start();
        for (int i = 0; i < agents; i++) {
            schedule.scheduleRepeating(Schedule.EPOCH, i % 4, (Steppable) state -> stepped++, 1.0);
        }
    }

    /** Nanoseconds per agent-step, over enough steps to take about {@code targetNanos}. */
    static double nanosPerAgentStep(int agents, int steps, long targetNanos) {
        long spent = 0;
        long agentSteps = 0;
        int seed = 1;
        while (spent < targetNanos) {
            BareMason m = new BareMason(seed++, agents);
            long t0 = System.nanoTime();
            m.start();
            for (int s = 0; s < steps; s++) {
                m.schedule.step(m);
            }
            m.finish();
            spent += System.nanoTime() - t0;
            agentSteps += m.stepped;
        }
        return (double) spent / agentSteps;
    }
}
