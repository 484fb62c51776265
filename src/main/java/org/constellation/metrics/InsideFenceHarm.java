package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Harm inside the fence: need that missions' own personnel added this step through trafficking
 * demand, disease transmission and environmental footprint, net of their mitigation (need units
 * summed over districts). <i>Fit for Purpose</i> ch. 3, "Do no harm"; DPKO, <i>Human Trafficking and
 * UN Peacekeeping</i>.
 */
public final class InsideFenceHarm implements Metric {

    public static final String NAME = "inside_fence_harm";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Need added this step by missions' personnel inside the fence (need units, summed over districts)";
    }

    @Override
    public String cannot() {
        return "Harm done by others than missions' personnel, or harm beyond the three channels modelled "
                + "(trafficking demand, disease, environmental footprint)";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Harm inside the fence", "need units/month", 0, Double.POSITIVE_INFINITY,
                "outcomes");
    }

    @Override
    public double measure(Constellation m) {
        return m.accounts().totalHarm();
    }
}
