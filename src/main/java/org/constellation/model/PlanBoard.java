package org.constellation.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constellation.model.plan.Plan;

/**
 * This step's plans, and the planning groups coordination mechanisms formed: an actor planning
 * after a fellow member of one of its groups sees that member's plan for the same step (joint
 * planning). Reset at the start of every step.
 */
public final class PlanBoard implements Serializable {

    private final Plan[] plans;
    private final List<int[]> groups = new ArrayList<>();
    private final List<String> groupMechanisms = new ArrayList<>();

    public PlanBoard(int actors) {
        plans = new Plan[actors];
    }

    /** Clears the plans and groups. */
    public void reset() {
        Arrays.fill(plans, null);
        groups.clear();
        groupMechanisms.clear();
    }

    /** Forms a planning group for this step. */
    public void formGroup(int[] members, String mechanism) {
        int[] sorted = members.clone();
        Arrays.sort(sorted);
        groups.add(sorted);
        groupMechanisms.add(mechanism);
    }

    /** Posts an actor's plan for this step. */
    public void post(Plan plan) {
        plans[plan.actor()] = plan;
    }

    /** The plan an actor posted this step, or null. */
    public Plan plan(int actor) {
        return plans[actor];
    }

    /** True if the two actors share a planning group this step. */
    public boolean together(int a, int b) {
        for (int[] g : groups) {
            if (Arrays.binarySearch(g, a) >= 0 && Arrays.binarySearch(g, b) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plans already posted this step by actors that share a planning group with {@code actor}, in actor-index
     * order.
     */
    public List<Plan> visibleTo(int actor) {
        List<Plan> out = new ArrayList<>();
        for (int other : mates(actor)) {
            if (plans[other] != null) {
                out.add(plans[other]);
            }
        }
        return out;
    }

    /** The other members of every group {@code actor} belongs to this step, in index order, each once. */
    private int[] mates(int actor) {
        return groups.stream().filter(g -> Arrays.binarySearch(g, actor) >= 0).flatMapToInt(Arrays::stream)
                .filter(other -> other != actor).sorted().distinct().toArray();
    }

    /** The groups formed this step (sorted member indices). */
    public List<int[]> groups() {
        return groups.stream().map(int[]::clone).toList();
    }

    /** Names of the mechanisms that formed each group, in group order. */
    public List<String> groupMechanisms() {
        return List.copyOf(groupMechanisms);
    }
}
