package org.constellation.metrics;

import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * Information latency: the mean age, in steps, of active actors' beliefs about the cells where they
 * are present (capped at 24 steps; a never-observed cell counts as 24).
 */
public final class InformationLatency implements Metric {

    public static final String NAME = "information_latency";
    private static final int CAP = 24;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Mean age of active actors' beliefs where they are present (steps, capped at 24)";
    }

    @Override
    public String cannot() {
        return "Whether old information is still right (belief_error), or latency about districts where an "
                + "actor is absent";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Information latency", "months", 0, 24, "information");
    }

    @Override
    public double measure(Constellation m) {
        double sum = 0;
        int actors = 0;
        int t = m.step();
        for (Actor a : m.actors()) {
            if (!a.isActive() || a.presence().isEmpty()) {
                continue;
            }
            double age = 0;
            for (District d : a.presence()) {
                for (Challenge c : Challenge.all()) {
                    age += a.beliefs().age(NeedField.cell(d.index(), c), t, CAP);
                }
            }
            sum += age / (a.presence().size() * Challenge.COUNT);
            actors++;
        }
        return actors == 0 ? 0 : sum / actors;
    }
}
