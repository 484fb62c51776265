package org.constellation.coordination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Challenge;
import org.constellation.model.CoordinationContext;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * A division of labour based on joint analysis: the cells of one challenge whose pooled need exceeds
 * a threshold, most needy first, each assigned to the eligible member (present there, with the
 * challenge in its mandate) with the lowest load relative to its capacity. Then each assignee is
 * steered towards its cells and the other members away from them.
 */
final class CellAllocator {

    private CellAllocator() {
    }

    /** Assigns cells to members; the map keeps the order of assignment. */
    static Map<Integer, Actor> allocate(CoordinationContext ctx, Challenge c, List<Actor> members, double threshold) {
        int t = ctx.step();
        List<double[]> needy = new ArrayList<>();
        for (District d : ctx.region().districts()) {
            int cell = NeedField.cell(d.index(), c);
            double pooled = PooledNeeds.of(members, cell, t);
            if (pooled > threshold) {
                needy.add(new double[] {cell, pooled});
            }
        }
        needy.sort((x, y) -> x[1] != y[1] ? Double.compare(y[1], x[1]) : Double.compare(x[0], y[0]));
        Map<Actor, Integer> load = new LinkedHashMap<>();
        Map<Integer, Actor> assigned = new LinkedHashMap<>();
        for (double[] entry : needy) {
            int cell = (int) entry[0];
            District d = ctx.region().district(NeedField.districtOf(cell));
            Actor best = null;
            double bestLoad = Double.MAX_VALUE;
            for (Actor a : members) {
                if (!a.isPresentIn(d) || !covers(ctx, a, c)) {
                    continue;
                }
                double l = (load.getOrDefault(a, 0) + 1) / Math.max(1e-6, a.nominalCapacity());
                if (l < bestLoad) {
                    best = a;
                    bestLoad = l;
                }
            }
            if (best != null) {
                assigned.put(cell, best);
                load.merge(best, 1, Integer::sum);
            }
        }
        return assigned;
    }

    /** Steers each assignee towards its cells and the other members present there away from them. */
    static void steer(Map<Integer, Actor> assigned, List<Actor> members, double boost, double othersFactor,
            CoordinationContext ctx) {
        for (Map.Entry<Integer, Actor> e : assigned.entrySet()) {
            int cell = e.getKey();
            District d = ctx.region().district(NeedField.districtOf(cell));
            for (Actor a : members) {
                if (a.isPresentIn(d)) {
                    a.guidance().scaleCell(cell, a == e.getValue() ? boost : othersFactor);
                }
            }
        }
    }

    /** True if the actor's mandate lets it work on the challenge. */
    static boolean covers(CoordinationContext ctx, Actor a, Challenge c) {
        return a.mandate().priority(c) > 0 && a.mandate().covers(c, ctx.catalogue());
    }
}
