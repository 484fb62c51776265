package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Border crossings (formerly {@code cross_border_displacement}): group strength that moved into a
 * district of another country this step, for whatever reason (strength units per step). How much of it
 * enforcement caused is a counterfactual question: an experiment's {@code counterfactual} option runs
 * every point again with the enforcement switched off and reports the paired difference.
 */
public final class BorderCrossings implements Metric {

    public static final String NAME = "border_crossings";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Group strength that crossed a border this step, for any reason (strength units)";
    }

    @Override
    public String cannot() {
        return "Displacement by enforcement: groups also cross to chase opportunity; the share enforcement caused "
                + "comes from an experiment's paired counterfactual with enforcement switched off";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Group strength crossing a border", "strength units/month", 0,
                Double.POSITIVE_INFINITY, "groups");
    }

    @Override
    public double measure(Constellation m) {
        return m.accounts().displacedAcrossBorders();
    }
}
