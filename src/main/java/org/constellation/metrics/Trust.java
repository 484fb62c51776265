package org.constellation.metrics;

import org.constellation.model.Constellation;
import org.constellation.model.agents.PartnerTrust;

/**
 * Trust: the population-weighted mean, over districts where international actors (missions, UN
 * Country Team agencies, donors) are active, of the population's mean trust in them (0-1).
 */
public final class Trust implements Metric {

    public static final String NAME = "trust";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Population-weighted mean trust in the international actors present (0-1)";
    }

    @Override
    public String cannot() {
        return "Trust in any one actor type (the GUI's district inspector shows it), or trust where no "
                + "international actor is active";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Trust in international actors", "trust level", 0, 1, "outcomes");
    }

    @Override
    public double measure(Constellation m) {
        double trust = PartnerTrust.in(m.region().districts(), m);
        return Double.isNaN(trust) ? 0 : trust;
    }
}
