package org.constellation.metrics;

import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * Belief error: the mean, over active actors, of the mean absolute difference between what the
 * actor believes and the true need, over the district-challenge cells where it is present.
 */
public final class BeliefError implements Metric {

    public static final String NAME = "belief_error";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Mean absolute error of active actors' beliefs about needs where they are present (need units)";
    }

    @Override
    public String cannot() {
        return "Errors about districts where an actor is absent (it has no need to know them), or whether a "
                + "wrong belief changed a decision";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Belief error", "need level", 0, 1, "information");
    }

    @Override
    public double measure(Constellation m) {
        double sum = 0;
        int actors = 0;
        for (Actor a : m.actors()) {
            if (!a.isActive() || a.presence().isEmpty()) {
                continue;
            }
            double error = 0;
            for (District d : a.presence()) {
                for (Challenge c : Challenge.all()) {
                    int cell = NeedField.cell(d.index(), c);
                    error += Math.abs(a.beliefs().need(cell) - m.needs().need(cell));
                }
            }
            sum += error / (a.presence().size() * Challenge.COUNT);
            actors++;
        }
        return actors == 0 ? 0 : sum / actors;
    }
}
