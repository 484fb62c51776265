package org.constellation.model.plan;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one actor knows of other actors' activities: per other actor, the effort it was last known
 * to put on each district and activity type, and when that was learned. Knowledge comes from
 * observation in the field, shared plans and joint planning; it expires after a memory span.
 */
public final class KnownActivities {

    private final int activityTypes;
    private final Map<Integer, Map<Integer, double[]>> bySource = new TreeMap<>();

    public KnownActivities(int activityTypes) {
        this.activityTypes = activityTypes;
    }

    /** Records that {@code source} puts {@code effort} on a district and activity, learned at a step. */
    public void learn(int source, int district, int activity, double effort, int step) {
        Map<Integer, double[]> known = bySource.computeIfAbsent(source, k -> new TreeMap<>());
        int key = district * activityTypes + activity;
        double[] entry = known.get(key);
        if (entry == null || entry[1] <= step) {
            known.put(key, new double[] {effort, step});
        }
    }

    /** Replaces everything known of a source by a whole plan learned at a step. */
    public void learnPlan(Plan plan, int step) {
        Map<Integer, double[]> known = new TreeMap<>();
        for (PlannedActivity a : plan.entries()) {
            int key = a.district() * activityTypes + a.activity();
            double[] prev = known.get(key);
            known.put(key, new double[] {(prev == null ? 0 : prev[0]) + a.effort(), step});
        }
        bySource.put(plan.actor(), known);
    }

    /** Receives known effort by key (district * types + activity). */
    @FunctionalInterface
    public interface EffortSink {
        /** Adds effort known on a key. */
        void add(int key, double effort);
    }

    /**
     * Passes to {@code sink} the effort others are believed to put on each district and activity,
     * counting only knowledge no older than {@code memory} steps and ignoring {@code self}.
     */
    public void accumulate(EffortSink sink, int self, int step, int memory) {
        for (Map.Entry<Integer, Map<Integer, double[]>> source : bySource.entrySet()) {
            if (source.getKey() == self) {
                continue;
            }
            for (Map.Entry<Integer, double[]> e : source.getValue().entrySet()) {
                double[] v = e.getValue();
                if (step - v[1] <= memory) {
                    sink.add(e.getKey(), v[0]);
                }
            }
        }
    }

    /** Forgets everything learned of one source (it closed, or staff rotated). */
    public void forget(int source) {
        bySource.remove(source);
    }

    /** Forgets everything. */
    public void clear() {
        bySource.clear();
    }

    /** Drops knowledge older than the memory span. */
    public void expire(int step, int memory) {
        for (Map<Integer, double[]> known : bySource.values()) {
            known.values().removeIf(v -> step - v[1] > memory);
        }
        bySource.values().removeIf(Map::isEmpty);
    }

    /** Number of sources with some knowledge. */
    public int sources() {
        return bySource.size();
    }
}
