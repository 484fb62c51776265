package org.constellation.metrics;

import org.constellation.model.Constellation;
import org.constellation.model.agents.ArmedGroup;

/** Armed group strength: the total strength of all criminal and armed groups (strength units). */
public final class ArmedGroupStrength implements Metric {

    public static final String NAME = "armed_group_strength";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Total strength of criminal and armed groups (strength units)";
    }

    @Override
    public String cannot() {
        return "Where the groups are, or how much of their strength coordination changed: compare runs";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Armed and criminal group strength", "strength units", 0, Double.POSITIVE_INFINITY,
                "groups");
    }

    @Override
    public double measure(Constellation m) {
        double total = 0;
        for (ArmedGroup g : m.groups()) {
            total += g.strength();
        }
        return total;
    }
}
