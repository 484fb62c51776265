package org.constellation.model.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An actor's plan for one step: effort per district and activity type. Entries for the same
 * district and type are merged.
 */
public final class Plan implements Serializable {

    private final int actor;
    private final int step;
    private final List<PlannedActivity> entries;
    private transient ByKey byKey;

    /**
     * The entries' effort merged by key ({@code district * activityTypes + activity}), in key order
     * (effort on one key summed in entry order). Shared by everyone who reads the plan: never modified.
     */
    record ByKey(int activityTypes, int[] keys, double[] effort) {
    }

    public Plan(int actor, int step, List<PlannedActivity> entries) {
        this.actor = actor;
        this.step = step;
        this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** An empty plan. */
    public static Plan empty(int actor, int step) {
        return new Plan(actor, step, List.of());
    }

    /** Index of the planning actor. */
    public int actor() {
        return actor;
    }

    /** Step the plan is for. */
    public int step() {
        return step;
    }

    /** The entries, in the order they were planned. */
    public List<PlannedActivity> entries() {
        return entries;
    }

    /** Total effort planned. */
    public double totalEffort() {
        double total = 0;
        for (PlannedActivity a : entries) {
            total += a.effort();
        }
        return total;
    }

    /** This plan with another's entries added: effort on a district and type already planned is summed. */
    public Plan plus(Plan extra) {
        if (extra.entries.isEmpty()) {
            return this;
        }
        Map<List<Integer>, PlannedActivity> merged = new LinkedHashMap<>();
        for (PlannedActivity a : entries) {
            merged.put(List.of(a.district(), a.activity()), a);
        }
        for (PlannedActivity a : extra.entries) {
            merged.merge(List.of(a.district(), a.activity()), a,
                    (old, add) -> new PlannedActivity(old.district(), old.activity(), old.effort() + add.effort()));
        }
        return new Plan(actor, step, new ArrayList<>(merged.values()));
    }

    /** The same entries, re-dated to another step (an earmarked actor repeating its allocation). */
    public Plan redated(int newStep) {
        Plan p = new Plan(actor, newStep, entries);
        p.byKey = byKey;
        return p;
    }

    /** The entries merged by key for a catalogue of {@code activityTypes} types, computed once. */
    ByKey byKey(int activityTypes) {
        if (byKey == null || byKey.activityTypes() != activityTypes) {
            long[] order = new long[entries.size()];
            for (int i = 0; i < order.length; i++) {
                PlannedActivity a = entries.get(i);
                order[i] = (long) (a.district() * activityTypes + a.activity()) << 32 | i;
            }
            Arrays.sort(order);
            int[] keys = new int[order.length];
            double[] effort = new double[order.length];
            int n = 0;
            for (long o : order) {
                int key = (int) (o >>> 32);
                double e = entries.get((int) o).effort();
                if (n > 0 && keys[n - 1] == key) {
                    effort[n - 1] += e;
                } else {
                    keys[n] = key;
                    effort[n] = 0 + e;
                    n++;
                }
            }
            byKey = new ByKey(activityTypes, Arrays.copyOf(keys, n), Arrays.copyOf(effort, n));
        }
        return byKey;
    }
}
