package org.constellation.model.plan;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one actor knows of other actors' activities: per other actor, the effort it was last known
 * to put on each district and activity type, and when that was learned. Knowledge comes from
 * observation in the field, shared plans and joint planning; it expires after a memory span.
 */
public final class KnownActivities implements Serializable {

    private final int activityTypes;
    private final Map<Integer, Source> bySource = new TreeMap<>();

    /** What is known of one source: effort and step by key, and a lower bound of the oldest step. */
    private static final class Source implements Serializable {
        private final Map<Integer, double[]> entries = new TreeMap<>();
        private double oldest;

        Source(double oldest) {
            this.oldest = oldest;
        }

        /** Drops entries older than the memory span, scanning only when the oldest may be too old. */
        void expire(int step, int memory) {
            if (step - oldest <= memory) {
                return;
            }
            entries.values().removeIf(v -> step - v[1] > memory);
            oldest = Double.MAX_VALUE;
            for (double[] v : entries.values()) {
                oldest = Math.min(oldest, v[1]);
            }
        }
    }

    public KnownActivities(int activityTypes) {
        this.activityTypes = activityTypes;
    }

    /** Records that {@code source} puts {@code effort} on a district and activity, learned at a step. */
    public void learn(int source, int district, int activity, double effort, int step) {
        Source known = bySource.computeIfAbsent(source, k -> new Source(step));
        int key = district * activityTypes + activity;
        double[] entry = known.entries.get(key);
        if (entry == null || entry[1] <= step) {
            known.entries.put(key, new double[] {effort, step});
            known.oldest = Math.min(known.oldest, step);
        }
    }

    /** Replaces everything known of a source by a whole plan learned at a step. */
    public void learnPlan(Plan plan, int step) {
        Source known = new Source(step);
        for (PlannedActivity a : plan.entries()) {
            int key = a.district() * activityTypes + a.activity();
            double[] prev = known.entries.get(key);
            known.entries.put(key, new double[] {(prev == null ? 0 : prev[0]) + a.effort(), step});
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
        for (Map.Entry<Integer, Source> source : bySource.entrySet()) {
            if (source.getKey() == self) {
                continue;
            }
            for (Map.Entry<Integer, double[]> e : source.getValue().entries.entrySet()) {
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
        for (Source known : bySource.values()) {
            known.expire(step, memory);
        }
        bySource.values().removeIf(s -> s.entries.isEmpty());
    }

    /** Number of sources with some knowledge. */
    public int sources() {
        return bySource.size();
    }
}
