package org.constellation.metrics;

import java.util.List;
import java.util.Locale;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.world.District;

/**
 * Unmet need: the population-weighted mean need over districts, for one challenge
 * ({@code unmet_need_<challenge>}) or over all six with equal weights ({@code unmet_need}, the mean of the
 * six per-challenge values). Weights: each district by its population; in the aggregate each challenge
 * equally (an assumption: the sources rank no challenge above another).
 */
public final class UnmetNeed implements Metric {

    public static final String NAME = "unmet_need";

    private final List<Challenge> challenges;
    private final String name;

    private UnmetNeed(List<Challenge> challenges, String name) {
        this.challenges = challenges;
        this.name = name;
    }

    /** Over all challenges, each weighted equally. */
    public static UnmetNeed all() {
        return new UnmetNeed(Challenge.all(), NAME);
    }

    /** For one challenge. */
    public static UnmetNeed of(Challenge c) {
        return new UnmetNeed(List.of(c), NAME + "_" + c.key().replace('-', '_'));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return challenges.size() == 1
                ? "Population-weighted mean need for " + challenges.get(0).label().toLowerCase() + " (0-1)"
                : "Population-weighted mean need over all districts, the six challenges weighted equally (0-1)";
    }

    @Override
    public String cannot() {
        return challenges.size() == 1
                ? "What caused the need or who could have met it: it is the state of the world, not of coordination"
                : "Which challenge the need is in (the per-challenge columns show it), or how much any actor could "
                        + "have met: it is the state of the world, not of coordination";
    }

    @Override
    public MetricInfo info() {
        return challenges.size() == 1
                ? new MetricInfo(name, "Unmet need: " + challenges.get(0).label().toLowerCase(Locale.ROOT),
                        "need level", 0, 1, "need-by-challenge")
                : new MetricInfo(name, "Unmet need", "need level", 0, 1, "outcomes");
    }

    @Override
    public double measure(Constellation m) {
        double weighted = 0;
        double population = 0;
        for (District d : m.region().districts()) {
            double sum = 0;
            for (Challenge c : challenges) {
                sum += m.needs().need(d.index(), c);
            }
            weighted += d.population() * sum / challenges.size();
            population += d.population();
        }
        return population == 0 ? 0 : weighted / population;
    }
}
