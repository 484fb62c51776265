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
     * (oldest step, source) of every value a source's oldest step has taken, smallest step first: the
     * sources that may hold something too old are found without visiting the others. Records of a
     * source since replaced or changed are skipped when they come up.
     */
    private final LongMinHeap expiries = new LongMinHeap();

    /**
     * What is known of one source: effort and step by key (district * types + activity), sorted by
     * key, and a lower bound of the oldest step. Learned from a whole plan, the keys and effort are
     * the plan's own arrays, shared with every other actor that learned it, and copied before any
     * change.
     */
    private static final class Source implements Serializable {
        private int[] keys;
        private double[] effort;
        private int[] learnedAt;
        private int size;
        private double oldest;
        private boolean shared;

        Source(double oldest, int capacity) {
            this.oldest = oldest;
            keys = new int[Math.max(1, capacity)];
            effort = new double[keys.length];
            learnedAt = new int[keys.length];
        }

        /** Everything a plan says, learned at a step. */
        Source(Plan.ByKey plan, int step) {
            this.oldest = step;
            keys = plan.keys();
            effort = plan.effort();
            size = keys.length;
            learnedAt = new int[size];
            Arrays.fill(learnedAt, step);
            shared = true;
        }

        private void own() {
            if (shared) {
                keys = Arrays.copyOf(keys, Math.max(1, keys.length));
                effort = Arrays.copyOf(effort, keys.length);
                learnedAt = Arrays.copyOf(learnedAt, keys.length);
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
        double before = known.oldest;
        known.put(district * activityTypes + activity, effort, step);
        if (known.oldest != before) {
            remember(source, known);
        }
    }

    /** Replaces everything known of a source by a whole plan learned at a step (an empty plan: nothing known). */
    public void learnPlan(Plan plan, int step) {
        Plan.ByKey byKey = plan.byKey(activityTypes);
        if (byKey.keys().length == 0) {
            forget(plan.actor());
        } else {
            place(plan.actor(), new Source(byKey, step));
        }
    }

    private void place(int source, Source known) {
        if (source >= bySource.length) {
            bySource = Arrays.copyOf(bySource, Math.max(source + 1, bySource.length * 2));
        }
        bySource[source] = known;
        remember(source, known);
    }

    private void remember(int source, Source known) {
        expiries.add((long) known.oldest << 32 | (source & 0xffffffffL));
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
        }
    }

    /** Forgets everything. */
    public void clear() {
        Arrays.fill(bySource, null);
    }

    /**
     * Drops knowledge older than the memory span: every source whose oldest step is more than
     * {@code memory} steps ago is scanned, and dropped once empty.
     */
    public void expire(int step, int memory) {
        while (!expiries.isEmpty() && step - (int) (expiries.peek() >> 32) > memory) {
            long record = expiries.poll();
            int s = (int) record;
            Source known = s < bySource.length ? bySource[s] : null;
            if (known == null || known.oldest != (int) (record >> 32)) {
                continue;
            }
            known.expire(step, memory);
            if (known.size == 0) {
                bySource[s] = null;
            } else {
                remember(s, known);
            }
        }
    }

    /** A binary min-heap of longs. */
    private static final class LongMinHeap implements Serializable {
        private long[] items = new long[16];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        long peek() {
            return items[0];
        }

        void add(long v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            int i = size++;
            while (i > 0 && items[(i - 1) / 2] > v) {
                items[i] = items[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            items[i] = v;
        }

        long poll() {
            long top = items[0];
            long last = items[--size];
            int i = 0;
            while (2 * i + 1 < size) {
                int child = 2 * i + 1;
                if (child + 1 < size && items[child + 1] < items[child]) {
                    child++;
                }
                if (items[child] >= last) {
                    break;
                }
                items[i] = items[child];
                i = child;
            }
            items[i] = last;
            return top;
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
