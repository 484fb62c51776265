package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Cross-border displacement: group strength that moved into a district of another country this
 * step, usually away from enforcement (strength units per step).
 */
public final class CrossBorderDisplacement implements Metric {

    public static final String NAME = "cross_border_displacement";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Group strength that crossed a border this step (strength units)";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Group strength crossing a border", "strength units/month", 0, Double.POSITIVE_INFINITY, "groups");
    }

    @Override
    public double measure(Constellation m) {
        return m.accounts().displacedAcrossBorders();
    }
}
