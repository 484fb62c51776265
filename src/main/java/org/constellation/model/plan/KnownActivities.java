package org.constellation.model.plan;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one actor knows of other actors' activities: per other actor, the effort it was last known
 * to put on each district and activity type, and when that was learned. Knowledge comes from
 * observation in the field, shared plans and joint planning; it expires after a memory span.
 *
 * <p>An actor reads all it knows at every planning pass, and in a crowded constellation it knows the
 * small plans of dozens of others, so this is on the model's hot path: every source's entries lie in
 * one region of three flat arrays (key = district * types + activity, effort, step learned), in key
 * order, so that reading them is a walk along contiguous memory rather than a chase of one object per
 * source. A region that outgrows its room moves to the end; abandoned regions are squeezed out when
 * the arrays fill.
 */
public final class KnownActivities implements Serializable {

    private static final int FIRST_ROOM = 4;

    private final int activityTypes;
    /** Per source (by actor index): where its region starts, its entries, its room. */
    private int[] start = new int[0];
    private int[] size = new int[0];
    private int[] room = new int[0];
    /**
     * Per source, a lower bound of its oldest step ({@code Double.MAX_VALUE} if nothing is known), so
     * that expiry and reading skip the per-entry check for sources with nothing too old.
     */
    private double[] oldestOf = new double[0];
    private int[] keys = new int[64];
    private double[] effort = new double[64];
    private int[] learnedAt = new int[64];
    /** End of the last region. */
    private int used;
    /** The sources with some knowledge, in no order (expiry visits only these), and each one's place there (or -1). */
    private int[] live = new int[0];
    private int[] liveAt = new int[0];
    private int liveCount;

    public KnownActivities(int activityTypes) {
        this.activityTypes = activityTypes;
    }

    /**
     * Records that {@code source} puts {@code effort} on a district and activity, learned at a step,
     * unless something newer is known of that source there.
     */
    public void learn(int source, int district, int activity, double effort, int step) {
        fit(source);
        int key = district * activityTypes + activity;
        int from = start[source];
        int n = size[source];
        int at = Arrays.binarySearch(keys, from, from + n, key);
        if (at >= 0) {
            if (learnedAt[at] <= step) {
                this.effort[at] = effort;
                learnedAt[at] = step;
                oldestOf[source] = Math.min(oldestOf[source], step);
            }
            return;
        }
        int offset = -at - 1 - from;
        if (n == room[source]) {
            move(source, Math.max(FIRST_ROOM, 2 * n), true);
            from = start[source];
        }
        int insert = from + offset;
        int tail = n - offset;
        System.arraycopy(keys, insert, keys, insert + 1, tail);
        System.arraycopy(this.effort, insert, this.effort, insert + 1, tail);
        System.arraycopy(learnedAt, insert, learnedAt, insert + 1, tail);
        keys[insert] = key;
        this.effort[insert] = effort;
        learnedAt[insert] = step;
        setSize(source, n + 1);
        oldestOf[source] = Math.min(oldestOf[source], step);
    }

    /** Replaces everything known of a source by a whole plan learned at a step (an empty plan: nothing known). */
    public void learnPlan(Plan plan, int step) {
        Plan.ByKey byKey = plan.byKey(activityTypes);
        int source = plan.actor();
        int n = byKey.keys().length;
        if (n == 0) {
            forget(source);
            return;
        }
        fit(source);
        if (room[source] < n) {
            move(source, n, false);
        }
        int from = start[source];
        System.arraycopy(byKey.keys(), 0, keys, from, n);
        System.arraycopy(byKey.effort(), 0, effort, from, n);
        Arrays.fill(learnedAt, from, from + n, step);
        setSize(source, n);
        oldestOf[source] = step;
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
        for (int s = 0; s < size.length; s++) {
            int n = size[s];
            if (n == 0 || s == self) {
                continue;
            }
            int from = start[s];
            if (step - oldestOf[s] <= memory) {
                for (int i = from; i < from + n; i++) {
                    sink.add(keys[i], effort[i]);
                }
            } else {
                for (int i = from; i < from + n; i++) {
                    if (step - learnedAt[i] <= memory) {
                        sink.add(keys[i], effort[i]);
                    }
                }
            }
        }
    }

    /** Forgets everything learned of one source (it closed, or staff rotated). */
    public void forget(int source) {
        if (source < size.length) {
            setSize(source, 0);
            oldestOf[source] = Double.MAX_VALUE;
        }
    }

    /** Drops knowledge older than the memory span, scanning only the sources whose oldest may be too old. */
    public void expire(int step, int memory) {
        for (int k = liveCount - 1; k >= 0; k--) {
            int s = live[k];
            if (step - oldestOf[s] > memory) {
                int from = start[s];
                int kept = from;
                double oldest = Double.MAX_VALUE;
                for (int i = from; i < from + size[s]; i++) {
                    if (step - learnedAt[i] <= memory) {
                        keys[kept] = keys[i];
                        effort[kept] = effort[i];
                        learnedAt[kept] = learnedAt[i];
                        oldest = Math.min(oldest, learnedAt[i]);
                        kept++;
                    }
                }
                setSize(s, kept - from);
                oldestOf[s] = oldest;
            }
        }
    }

    /** Number of sources with some knowledge. */
    public int sources() {
        return liveCount;
    }

    /** Sets a source's number of entries, keeping the list of sources with knowledge up to date. */
    private void setSize(int source, int n) {
        if (n > 0 && size[source] == 0) {
            liveAt[source] = liveCount;
            live[liveCount++] = source;
        } else if (n == 0 && size[source] > 0) {
            int last = live[--liveCount];
            live[liveAt[source]] = last;
            liveAt[last] = liveAt[source];
            liveAt[source] = -1;
        }
        size[source] = n;
    }

    /** Makes the per-source arrays long enough for a source. */
    private void fit(int source) {
        if (source >= size.length) {
            int length = Math.max(source + 1, size.length * 2);
            int old = size.length;
            start = Arrays.copyOf(start, length);
            size = Arrays.copyOf(size, length);
            room = Arrays.copyOf(room, length);
            oldestOf = Arrays.copyOf(oldestOf, length);
            Arrays.fill(oldestOf, old, length, Double.MAX_VALUE);
            live = Arrays.copyOf(live, length);
            liveAt = Arrays.copyOf(liveAt, length);
            Arrays.fill(liveAt, old, length, -1);
        }
    }

    /**
     * Gives a source a region of {@code capacity} entries at the end, keeping its entries if {@code keep};
     * squeezes out abandoned regions (and the room of sources that know nothing) when the arrays are full.
     */
    private void move(int source, int capacity, boolean keep) {
        int[] oldKeys = keys;
        double[] oldEffort = effort;
        int[] oldLearnedAt = learnedAt;
        int from = start[source];
        int n = keep ? size[source] : 0;
        room[source] = 0;
        if (used + capacity > keys.length) {
            squeeze(capacity);
        }
        start[source] = used;
        room[source] = capacity;
        used += capacity;
        System.arraycopy(oldKeys, from, keys, start[source], n);
        System.arraycopy(oldEffort, from, effort, start[source], n);
        System.arraycopy(oldLearnedAt, from, learnedAt, start[source], n);
    }

    /** Copies the live regions, in source order, to new arrays with room for {@code extra} more entries. */
    private void squeeze(int extra) {
        int live = 0;
        for (int s = 0; s < size.length; s++) {
            if (size[s] == 0) {
                room[s] = 0;
                start[s] = 0;
            }
            live += room[s];
        }
        int length = Math.max(64, 2 * (live + extra));
        int[] k = new int[length];
        double[] e = new double[length];
        int[] l = new int[length];
        int at = 0;
        for (int s = 0; s < size.length; s++) {
            if (room[s] > 0) {
                System.arraycopy(keys, start[s], k, at, size[s]);
                System.arraycopy(effort, start[s], e, at, size[s]);
                System.arraycopy(learnedAt, start[s], l, at, size[s]);
                start[s] = at;
                at += room[s];
            }
        }
        keys = k;
        effort = e;
        learnedAt = l;
        used = at;
    }
}
