package org.constellation.metrics;

import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;

/**
 * Helpers over the 3W cube of the current step at the level of activity types (inside-the-fence work
 * excluded: it addresses the actor's own footprint, not a district's need).
 */
final class CubeCells {

    private CubeCells() {
    }

    /** True for ledger entries that address a district's need. */
    static boolean addressesNeed(Constellation m, Ledger.Entry e) {
        return addressesNeed(m.catalogue().get(e.activity()));
    }

    /** True for activity types that address a district's need. */
    static boolean addressesNeed(ActivityType type) {
        return !type.has(ActivityFlag.INSIDE_FENCE);
    }

    /**
     * Effort this step by cell of the cube's activity dimension (district x activity types + activity,
     * ascending) and then by actor, for entries that address a need.
     */
    static Map<Integer, Map<Integer, Double>> effortByActivity(Constellation m) {
        Map<Integer, Map<Integer, Double>> byCell = new TreeMap<>();
        int types = m.catalogue().size();
        for (Ledger.Entry e : m.ledger().current()) {
            if (addressesNeed(m, e)) {
                byCell.computeIfAbsent(e.district() * types + e.activity(), k -> new TreeMap<>())
                        .merge(e.actor(), e.effort(), Double::sum);
            }
        }
        return byCell;
    }

    /** The overlapping effort of one district-activity cell: everything beyond its largest actor's effort. */
    static double overlap(Map<Integer, Double> effortByActor) {
        if (effortByActor.size() < 2) {
            return 0;
        }
        double sum = 0;
        double max = 0;
        for (double v : effortByActor.values()) {
            sum += v;
            max = Math.max(max, v);
        }
        return sum - max;
    }
}
