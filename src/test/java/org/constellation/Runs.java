package org.constellation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRules;
import org.constellation.metrics.LedgerObserver;
import org.constellation.metrics.MetricSeries;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InformationSharingRule;

/** Runs hand-built worlds over several seeds and reports means, for tests of the direction of effects. */
public final class Runs {

    /** One row of the 3W cube: step, actor id, district id, challenge key, activity id, effort. */
    public record Row(int step, String actor, String district, String challenge, String activity, double effort) {
    }

    /** What one run produced: the metric series, effort per actor id and challenge key, the 3W rows, the model. */
    public record Outcome(MetricSeries series, Map<String, Double> effort, List<Row> rows, Constellation model) {

        /**
         * Overlap of two actors: summed over steps, districts and activity types, the smaller of their two
         * efforts, over the sum of both their efforts (0: never the same thing in the same place).
         */
        public double overlap(String a, String b) {
            Map<String, double[]> cells = new LinkedHashMap<>();
            double total = 0;
            for (Row r : rows) {
                int side = r.actor().equals(a) ? 0 : r.actor().equals(b) ? 1 : -1;
                if (side >= 0) {
                    cells.computeIfAbsent(r.step() + "/" + r.district() + "/" + r.challenge() + "/" + r.activity(),
                            k -> new double[2])[side] += r.effort();
                    total += r.effort();
                }
            }
            double overlap = 0;
            for (double[] v : cells.values()) {
                overlap += Math.min(v[0], v[1]);
            }
            return total == 0 ? 0 : overlap / total;
        }

        /** Effort of an actor in one district on activities matching a predicate over (challenge, activity). */
        public double effortIn(String actor, String district, java.util.function.BiPredicate<String, String> which) {
            return rows.stream().filter(r -> r.actor().equals(actor) && r.district().equals(district)
                    && which.test(r.challenge(), r.activity())).mapToDouble(Row::effort).sum();
        }

        /** Total effort of an actor (by id) on a challenge (by key) over the run. */
        public double effort(String actor, String challenge) {
            return effort.getOrDefault(actor + "/" + challenge, 0.0);
        }

        /** Total effort of an actor over the run. */
        public double effort(String actor) {
            return effort.entrySet().stream().filter(e -> e.getKey().startsWith(actor + "/"))
                    .mapToDouble(Map.Entry::getValue).sum();
        }
    }

    private Runs() {
    }

    /** A mechanism from the registry with default parameters. */
    public static CoordinationMechanism mechanism(String name) {
        return Mechanisms.create(name, Map.of(), Map.of());
    }

    /** A mechanism from the registry with parameters and lists. */
    public static CoordinationMechanism mechanism(String name, Map<String, Double> parameters,
            Map<String, List<String>> lists) {
        return Mechanisms.create(name, parameters, lists);
    }

    /** A sharing rule from the registry with default parameters. */
    public static InformationSharingRule rule(String name) {
        return SharingRules.create(name, Map.of(), Map.of(), Map.of());
    }

    /** Runs a world for some steps with one seed. */
    public static Outcome run(TestWorld world, long seed, int steps) {
        Constellation m = world.start(seed);
        MetricSeries series = new MetricSeries(Metrics.names());
        MetricsObserver.attach(m, Metrics.standard(), series);
        Map<String, Double> effort = new LinkedHashMap<>();
        List<Row> rows = new java.util.ArrayList<>();
        LedgerObserver.attach(m, (step, labels, e) -> {
            effort.merge(labels[0] + "/" + labels[5], e, Double::sum);
            rows.add(new Row(step, labels[0], labels[4], labels[5], labels[6], e));
        });
        m.run(steps);
        return new Outcome(series, effort, rows, m);
    }

    /** The mean over seeds 1..n of a measure of the outcome. */
    public static double mean(Supplier<TestWorld> world, int seeds, int steps, ToDoubleFunction<Outcome> measure) {
        double sum = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            sum += measure.applyAsDouble(run(world.get(), seed, steps));
        }
        return sum / seeds;
    }

    /** The mean over seeds of a metric's mean over the run. */
    public static double meanMetric(Supplier<TestWorld> world, int seeds, int steps, String metric) {
        return mean(world, seeds, steps, o -> o.series().mean(metric));
    }
}
