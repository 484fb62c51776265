package org.constellation.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * KnownActivities keeps what actors know in regions of flat arrays that move as they grow, and expires
 * only the sources it knows something of, skipping those with nothing too old;
 * whatever it is told, it must pass on exactly what the straightforward implementation (maps of
 * sources and keys, every source scanned at every expiry) passes on: the same efforts, on the same
 * keys, in the same order.
 */
class KnownActivitiesTest {

    private static final int TYPES = 7;

    /** The straightforward implementation the model had first. */
    private static final class Reference {
        private final Map<Integer, Map<Integer, double[]>> bySource = new TreeMap<>();

        void learn(int source, int district, int activity, double effort, int step) {
            Map<Integer, double[]> known = bySource.computeIfAbsent(source, k -> new TreeMap<>());
            double[] entry = known.get(district * TYPES + activity);
            if (entry == null || entry[1] <= step) {
                known.put(district * TYPES + activity, new double[] {effort, step});
            }
        }

        void learnPlan(Plan plan, int step) {
            Map<Integer, double[]> known = new TreeMap<>();
            for (PlannedActivity a : plan.entries()) {
                double[] prev = known.get(a.district() * TYPES + a.activity());
                known.put(a.district() * TYPES + a.activity(), new double[] {(prev == null ? 0 : prev[0]) + a.effort(),
                    step});
            }
            bySource.put(plan.actor(), known);
        }

        void expire(int step, int memory) {
            for (Map<Integer, double[]> known : bySource.values()) {
                known.values().removeIf(v -> step - v[1] > memory);
            }
            bySource.values().removeIf(Map::isEmpty);
        }

        /** Sources with an entry learned (expired ones are only dropped at {@link #expire}). */
        int sources() {
            return (int) bySource.values().stream().filter(known -> !known.isEmpty()).count();
        }

        List<String> accumulate(int self, int step, int memory) {
            List<String> out = new ArrayList<>();
            bySource.forEach((source, known) -> {
                if (source != self) {
                    known.forEach((key, v) -> {
                        if (step - v[1] <= memory) {
                            out.add(key + "=" + v[0]);
                        }
                    });
                }
            });
            return out;
        }
    }

    private static List<String> accumulate(KnownActivities k, int self, int step, int memory) {
        List<String> out = new ArrayList<>();
        k.accumulate((key, effort) -> out.add(key + "=" + effort), self, step, memory);
        return out;
    }

    private static Plan randomPlan(Random r, int actor, int step) {
        List<PlannedActivity> entries = new ArrayList<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            entries.add(new PlannedActivity(r.nextInt(4), r.nextInt(TYPES), 0.1 + r.nextInt(20) * 0.37));
        }
        return new Plan(actor, step, entries);
    }

    @Test
    void knowledgeOlderThanTheMemorySpanIsDroppedAndAnEmptyPlanMeansNothingKnown() {
        KnownActivities known = new KnownActivities(TYPES);
        known.learn(1, 0, 2, 1.5, 4);
        known.learnPlan(new Plan(2, 5, List.of(new PlannedActivity(1, 1, 2))), 5);
        known.learnPlan(new Plan(3, 5, List.of(new PlannedActivity(1, 1, 2))), 5);
        known.learnPlan(new Plan(3, 6, List.of()), 6);
        assertThat(known.sources()).isEqualTo(2);
        known.expire(7, 3);
        assertThat(known.sources()).isEqualTo(2);
        known.expire(8, 3);
        assertThat(known.sources()).isEqualTo(1);
        known.expire(9, 3);
        assertThat(known.sources()).isZero();
        assertThat(accumulate(known, 0, 9, 3)).isEmpty();
    }

    @Test
    void passesOnExactlyWhatTheStraightforwardImplementationPassesOn() {
        passesOnWhatTheReferencePassesOn(8, 6);
    }

    /** Many sources with large plans: regions move and the arrays are squeezed many times. */
    @Test
    void passesOnExactlyWhatTheStraightforwardImplementationPassesOnWithManySources() {
        passesOnWhatTheReferencePassesOn(60, 40);
    }

    private static void passesOnWhatTheReferencePassesOn(int sources, int eventsPerStep) {
        for (int seed = 0; seed < 40; seed++) {
            Random r = new Random(seed);
            int memory = 1 + r.nextInt(4);
            KnownActivities known = new KnownActivities(TYPES);
            Reference reference = new Reference();
            List<Plan> sent = new ArrayList<>();
            for (int step = 0; step < 40; step++) {
                known.expire(step, memory);
                reference.expire(step, memory);
                for (int i = 0; i < eventsPerStep; i++) {
                    int source = r.nextInt(sources);
                    switch (r.nextInt(4)) {
                        case 0, 1 -> {
                            int at = Math.max(0, step - r.nextInt(3));
                            int district = r.nextInt(4);
                            int activity = r.nextInt(TYPES);
                            double effort = r.nextInt(9) * 0.5;
                            known.learn(source, district, activity, effort, at);
                            reference.learn(source, district, activity, effort, at);
                        }
                        case 2 -> {
                            Plan plan = r.nextInt(5) == 0 && !sent.isEmpty() ? sent.get(r.nextInt(sent.size()))
                                    : randomPlan(r, source, step);
                            sent.add(plan);
                            int at = Math.max(0, step - r.nextInt(4));
                            known.learnPlan(plan, at);
                            reference.learnPlan(plan, at);
                        }
                        default -> {
                            known.forget(source);
                            reference.bySource.remove(source);
                        }
                    }
                }
                assertThat(known.sources()).as("seed %d step %d", seed, step).isEqualTo(reference.sources());
                for (int self = 0; self < sources; self += 1 + sources / 8) {
                    assertThat(accumulate(known, self, step, memory)).as("seed %d step %d self %d", seed, step, self)
                            .isEqualTo(reference.accumulate(self, step, memory));
                }
            }
        }
    }
}
