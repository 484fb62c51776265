package org.constellation.model.plan;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one actor knows of other actors' activities: per other actor, the effort it was last known
 * to put on each district and activity type, and when that was learned. Knowledge comes from
 * observation in the field, shared plans and joint planning; it expires after a memory span.
 *
 * <p>Sources are kept by actor index and each source's entries in key order, in flat arrays: an
 * actor learns whole plans of many others every step, so this is on the model's hot path.
 */
public final class KnownActivities implements Serializable {

    private final int activityTypes;
    private Source[] bySource = new Source[0];
    /**
     * Each source's oldest step (a lower bound; {@code Double.MAX_VALUE} if none), side by side, so
     * that expiry finds the sources with something too old without visiting the others.
     */
    private double[] oldestOf = new double[0];

    /**
     * What is known of one source: effort and step by key (district * types + activity), sorted by
     * key, and a lower bound of the oldest step. Learned from a whole plan, the keys and effort are
     * the plan's own arrays, shared with every other actor that learned it, all learned at one step
     * ({@code oldest}, and no per-entry steps); they are copied before any change.
     */
    private static final class Source implements Serializable {
        private int[] keys;
        private double[] effort;
        private int[] learnedAt;
        private int size;
        private double oldest;
        private boolean shared;
        private int[] spareKeys;
        private double[] spareEffort;
        private int[] spareLearnedAt;

        Source(double oldest, int capacity) {
            this.oldest = oldest;
            keys = new int[Math.max(1, capacity)];
            effort = new double[keys.length];
            learnedAt = new int[keys.length];
        }

        Source(Plan.ByKey plan, int step) {
            learn(plan, step);
        }

        /** Everything a plan says, learned at a step, replacing everything known before. */
        void learn(Plan.ByKey plan, int step) {
            if (!shared && keys != null) {
                spareKeys = keys;
                spareEffort = effort;
                spareLearnedAt = learnedAt;
            }
            oldest = step;
            keys = plan.keys();
            effort = plan.effort();
            size = keys.length;
            learnedAt = null;
            shared = true;
        }

        /** Makes the entries this source's own before a change: copied, into the arrays it last owned if they fit. */
        private void own() {
            if (shared) {
                int capacity = Math.max(1, size);
                boolean spare = spareKeys != null && spareKeys.length >= capacity;
                int[] k = spare ? spareKeys : new int[capacity];
                double[] e = spare ? spareEffort : new double[capacity];
                int[] l = spare ? spareLearnedAt : new int[capacity];
                System.arraycopy(keys, 0, k, 0, size);
                System.arraycopy(effort, 0, e, 0, size);
                Arrays.fill(l, 0, size, (int) oldest);
                keys = k;
                effort = e;
                learnedAt = l;
                spareKeys = null;
                spareEffort = null;
                spareLearnedAt = null;
                shared = false;
            }
        }

        /** Sets the entry of a key, adding it in key order if new, unless a newer one is known. */
        void put(int key, double value, int step) {
            own();
            int at = Arrays.binarySearch(keys, 0, size, key);
            if (at >= 0) {
                if (learnedAt[at] <= step) {
                    effort[at] = value;
                    learnedAt[at] = step;
                    oldest = Math.min(oldest, step);
                }
                return;
            }
            int insert = -at - 1;
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                effort = Arrays.copyOf(effort, size * 2);
                learnedAt = Arrays.copyOf(learnedAt, size * 2);
            }
            System.arraycopy(keys, insert, keys, insert + 1, size - insert);
            System.arraycopy(effort, insert, effort, insert + 1, size - insert);
            System.arraycopy(learnedAt, insert, learnedAt, insert + 1, size - insert);
            keys[insert] = key;
            effort[insert] = value;
            learnedAt[insert] = step;
            size++;
            oldest = Math.min(oldest, step);
        }

        /**
         * Drops entries older than the memory span, scanning only when the oldest may be too old; a
         * plan's entries, all learned at one step, go together.
         */
        void expire(int step, int memory) {
            if (step - oldest <= memory) {
                return;
            }
            if (shared) {
                size = 0;
                oldest = Double.MAX_VALUE;
                return;
            }
            int kept = 0;
            oldest = Double.MAX_VALUE;
            for (int i = 0; i < size; i++) {
                if (step - learnedAt[i] <= memory) {
                    keys[kept] = keys[i];
                    effort[kept] = effort[i];
                    learnedAt[kept] = learnedAt[i];
                    oldest = Math.min(oldest, learnedAt[i]);
                    kept++;
                }
            }
            size = kept;
        }
    }

    public KnownActivities(int activityTypes) {
        this.activityTypes = activityTypes;
    }

    /** Records that {@code source} puts {@code effort} on a district and activity, learned at a step. */
    public void learn(int source, int district, int activity, double effort, int step) {
        Source known = source < bySource.length ? bySource[source] : null;
        if (known == null) {
            known = new Source(step, 4);
            place(source, known);
        }
        known.put(district * activityTypes + activity, effort, step);
        oldestOf[source] = known.oldest;
    }

    /** Replaces everything known of a source by a whole plan learned at a step (an empty plan: nothing known). */
    public void learnPlan(Plan plan, int step) {
        Plan.ByKey byKey = plan.byKey(activityTypes);
        int source = plan.actor();
        Source known = source < bySource.length ? bySource[source] : null;
        if (byKey.keys().length == 0) {
            forget(source);
        } else if (known != null) {
            known.learn(byKey, step);
            oldestOf[source] = step;
        } else {
            place(source, new Source(byKey, step));
        }
    }

    private void place(int source, Source known) {
        if (source >= bySource.length) {
            int size = Math.max(source + 1, bySource.length * 2);
            bySource = Arrays.copyOf(bySource, size);
            int old = oldestOf.length;
            oldestOf = Arrays.copyOf(oldestOf, size);
            Arrays.fill(oldestOf, old, size, Double.MAX_VALUE);
        }
        bySource[source] = known;
        oldestOf[source] = known.oldest;
    }

    /** Receives known effort by key (district * types + activity). */
    @FunctionalInterface
    public interface EffortSink {
        /** Adds effort known on a key. */
        void add(int key, double effort);
    }

    /**
     * Passes to {@code sink} the effort others are believed to put on each district and activity,
     * counting only knowledge no older than {@code memory} steps and ignoring {@code self}; by
     * source in index order, then by key.
     */
    public void accumulate(EffortSink sink, int self, int step, int memory) {
        for (int s = 0; s < bySource.length; s++) {
            Source known = bySource[s];
            if (known == null || s == self) {
                continue;
            }
            boolean allFresh = step - known.oldest <= memory;
            if (!allFresh && known.shared) {
                continue;
            }
            for (int i = 0; i < known.size; i++) {
                if (allFresh || step - known.learnedAt[i] <= memory) {
                    sink.add(known.keys[i], known.effort[i]);
                }
            }
        }
    }

    /** Forgets everything learned of one source (it closed, or staff rotated). */
    public void forget(int source) {
        if (source < bySource.length) {
            bySource[source] = null;
            oldestOf[source] = Double.MAX_VALUE;
        }
    }

    /** Forgets everything. */
    public void clear() {
        Arrays.fill(bySource, null);
        Arrays.fill(oldestOf, Double.MAX_VALUE);
    }

    /** Drops knowledge older than the memory span. */
    public void expire(int step, int memory) {
        for (int s = 0; s < oldestOf.length; s++) {
            if (step - oldestOf[s] > memory) {
                Source known = bySource[s];
                known.expire(step, memory);
                if (known.size == 0) {
                    forget(s);
                } else {
                    oldestOf[s] = known.oldest;
                }
            }
        }
    }

    /** Number of sources with some knowledge. */
    public int sources() {
        int n = 0;
        for (Source known : bySource) {
            if (known != null) {
                n++;
            }
        }
        return n;
    }
}
