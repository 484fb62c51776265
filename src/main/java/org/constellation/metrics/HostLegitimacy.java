package org.constellation.metrics;

import org.constellation.model.Constellation;
import org.constellation.model.world.District;

/**
 * Host legitimacy: the population-weighted mean trust of each district's population in its own
 * host government (0-1). <i>Fit for Purpose</i> ch. 3: missions' work can strengthen or erode the
 * legitimacy of the state.
 */
public final class HostLegitimacy implements Metric {

    public static final String NAME = "host_legitimacy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Population-weighted mean trust in the host government (0-1)";
    }

    @Override
    public String cannot() {
        return "Legitimacy beyond the population's trust (elections, elites), or trust in districts weighted "
                + "other than by population";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Host government legitimacy", "trust level", 0, 1, "outcomes");
    }

    @Override
    public double measure(Constellation m) {
        double weighted = 0;
        double population = 0;
        for (District d : m.region().districts()) {
            weighted += d.population() * m.population(d.index()).trust(m.host(d.country()).index());
            population += d.population();
        }
        return population == 0 ? 0 : weighted / population;
    }
}
