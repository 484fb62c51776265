package org.constellation.metrics;

import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;

/**
 * Coordination cost: the share of active actors' staff time spent on coordination this step, as
 * charged by the mechanisms in force.
 */
public final class CoordinationCost implements Metric {

    public static final String NAME = "coordination_cost";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of active actors' staff time spent on coordination (0-1)";
    }

    @Override
    public String cannot() {
        return "What the staff time bought: compare the outcomes of runs with and without the mechanism";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Coordination cost (staff time)", "share", 0, 1, "host-institutions");
    }

    @Override
    public double measure(Constellation m) {
        double capacity = 0;
        for (Actor a : m.actors()) {
            capacity += a.capacity(m);
        }
        return capacity <= 0 ? 0 : Math.min(1, m.accounts().totalCoordination() / capacity);
    }
}
