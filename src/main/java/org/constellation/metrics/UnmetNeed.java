package org.constellation.metrics;

import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.world.District;

/** Unmet need: the population-weighted mean need over districts and challenges (0-1). */
public final class UnmetNeed implements Metric {

    public static final String NAME = "unmet_need";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Population-weighted mean need over all districts and challenges (0-1)";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Unmet need", "need level", 0, 1, "outcomes");
    }

    @Override
    public double measure(Constellation m) {
        double weighted = 0;
        double population = 0;
        for (District d : m.region().districts()) {
            double sum = 0;
            for (Challenge c : Challenge.all()) {
                sum += m.needs().need(d.index(), c);
            }
            weighted += d.population() * sum / Challenge.COUNT;
            population += d.population();
        }
        return population == 0 ? 0 : weighted / population;
    }
}
