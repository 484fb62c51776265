package org.constellation.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.world.NeedField;

/**
 * Helpers over the 3W cube of the current step: which district-challenge cells have effort on them
 * (inside-the-fence work excluded: it addresses the actor's own footprint, not a district's need).
 */
final class CubeCells {

    private CubeCells() {
    }

    /** True for ledger entries that address a district's need. */
    static boolean addressesNeed(Constellation m, Ledger.Entry e) {
        return !m.catalogue().get(e.activity()).has(ActivityFlag.INSIDE_FENCE);
    }

    /** Cells (district x challenge) with any effort this step. */
    static boolean[] covered(Constellation m) {
        boolean[] covered = new boolean[m.needs().cells()];
        List<Ledger.Entry> entries = m.ledger().current();
        for (Ledger.Entry e : entries) {
            if (addressesNeed(m, e)) {
                covered[NeedField.cell(e.district(), m.catalogue().get(e.activity()).challenge())] = true;
            }
        }
        return covered;
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

    /** The duplicated effort of one district-activity cell: everything beyond its largest actor's effort. */
    static double duplicated(Map<Integer, Double> effortByActor) {
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

    /** True for a cell whose need exceeds the gap threshold. */
    static boolean needy(Constellation m, int cell) {
        return m.needs().need(cell) > m.parameters().get(org.constellation.model.params.Parameters.METRIC_GAP_THRESHOLD);
    }
}
