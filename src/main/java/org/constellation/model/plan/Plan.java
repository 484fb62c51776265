package org.constellation.model.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An actor's plan for one step: effort per district and activity type. Entries for the same
 * district and type are merged.
 */
public final class Plan implements Serializable {

    private final int actor;
    private final int step;
    private final List<PlannedActivity> entries;

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

    /** The same entries, re-dated to another step (an earmarked actor repeating its allocation). */
    public Plan redated(int newStep) {
        return new Plan(actor, newStep, entries);
    }
}
