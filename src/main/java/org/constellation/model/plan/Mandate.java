package org.constellation.model.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.spec.MandateSpec;

/**
 * An actor's resolved mandate: which activity types it may plan (a subset of the catalogue) and
 * its own weight on each challenge (<i>Fit for Purpose</i> ch. 2: "a mission's mandate is a subset
 * of the catalogue"; ch. 4 on organisations' profiles).
 */
public final class Mandate implements Serializable {

    private final boolean[] allowed;
    private final int[] allowedList;
    private final double[] priority;

    private Mandate(boolean[] allowed, double[] priority) {
        this.allowed = allowed;
        this.priority = priority;
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < allowed.length; i++) {
            if (allowed[i]) {
                list.add(i);
            }
        }
        this.allowedList = list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Resolves a mandate spec against the catalogue.
     *
     * @param executive whether the actor holds an executive mandate
     * @param insideFence whether the actor has personnel whose own footprint it can mitigate; such
     *     an actor may always do inside-the-fence work (<i>Fit for Purpose</i> ch. 6, recommendation 5:
     *     "Lead by example"), others never
     */
    public static Mandate resolve(MandateSpec spec, ActivityCatalogue catalogue, boolean executive,
            boolean insideFence) {
        boolean[] allowed = new boolean[catalogue.size()];
        double[] priority = new double[Challenge.COUNT];
        for (Challenge c : Challenge.all()) {
            priority[c.ordinal()] = spec.priorities().getOrDefault(c, 0.0);
        }
        for (ActivityType t : catalogue.all()) {
            boolean ok = priority[t.challenge().ordinal()] > 0
                    && spec.modes().contains(t.mode())
                    && spec.targets().contains(t.target())
                    && (t.isDirect() || spec.institutions().isEmpty() || spec.institutions().contains(t.institution()))
                    && t.flags().containsAll(spec.flags());
            if (named(spec.include(), t) || (insideFence && t.has(ActivityFlag.INSIDE_FENCE))) {
                ok = true;
            }
            if (named(spec.exclude(), t) || spec.excludeFlags().stream().anyMatch(t::has)) {
                ok = false;
            }
            if (t.executive() && !executive) {
                ok = false;
            }
            if (t.has(ActivityFlag.INSIDE_FENCE) && !insideFence) {
                ok = false;
            }
            allowed[t.index()] = ok;
        }
        return new Mandate(allowed, priority);
    }

    /** A mandate allowing exactly the given types with the given challenge priorities (for tests). */
    public static Mandate of(boolean[] allowed, double[] priority) {
        return new Mandate(allowed.clone(), priority.clone());
    }

    private static boolean named(java.util.Set<String> keys, ActivityType t) {
        return keys.contains(t.id()) || keys.contains(ActivityCatalogue.key(t));
    }

    /** True if the actor may plan this activity type. */
    public boolean allows(int activity) {
        return allowed[activity];
    }

    /** Indices of the allowed activity types, in catalogue order. */
    public int[] allowed() {
        return allowedList.clone();
    }

    /** Number of allowed activity types. */
    public int size() {
        return allowedList.length;
    }

    /** The allowed type at a position of {@link #allowed()}. */
    public int allowedAt(int k) {
        return allowedList[k];
    }

    /** The actor's own weight on a challenge, 0-1 (0: outside the mandate). */
    public double priority(Challenge c) {
        return priority[c.ordinal()];
    }

    /** True if some allowed activity addresses the challenge. */
    public boolean covers(Challenge c, ActivityCatalogue catalogue) {
        for (int a : allowedList) {
            if (catalogue.get(a).challenge() == c) {
                return true;
            }
        }
        return false;
    }
}
