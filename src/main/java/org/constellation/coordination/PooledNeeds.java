package org.constellation.coordination;

import java.util.List;
import org.constellation.model.agents.Actor;

/**
 * A pooled assessment: for each cell, the precision-weighted mean of what a group of actors
 * believes, as a joint analysis cell or a cluster lead would compute it from the members' reports.
 */
final class PooledNeeds {

    private PooledNeeds() {
    }

    /** Pooled estimate of one cell's need over the members' beliefs at a step. */
    static double of(List<Actor> members, int cell, int step) {
        double weighted = 0;
        double precision = 0;
        for (Actor a : members) {
            double w = 1 / Math.max(1e-6, a.beliefs().variance(cell, step));
            weighted += w * a.beliefs().need(cell);
            precision += w;
        }
        return precision == 0 ? 0 : weighted / precision;
    }
}
