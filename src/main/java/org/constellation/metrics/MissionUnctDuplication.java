package org.constellation.metrics;

import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;

/**
 * Mission-UNCT duplication: the share of the effort of missions and UN Country Team agencies that
 * overlaps, i.e. for each district and activity type where both work, the smaller of the two
 * sides' effort, summed, over their total effort (<i>Fit for Purpose</i> ch. 4, "UN whole of
 * system": an integrated office avoids duplication between mission and Country Team).
 */
public final class MissionUnctDuplication implements Metric {

    public static final String NAME = "mission_unct_duplication";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of missions' and UN Country Team agencies' effort on the same activity in the same district (0-1)";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Mission and UN Country Team duplication", "share", 0, 1, "coordination");
    }

    @Override
    public double measure(Constellation m) {
        Map<Integer, double[]> byCell = new TreeMap<>();
        double total = 0;
        int types = m.catalogue().size();
        for (Ledger.Entry e : m.ledger().current()) {
            ActorType type = m.actors().get(e.actor()).type();
            if (!CubeCells.addressesNeed(m, e) || (type != ActorType.MISSION && type != ActorType.UNCT_AGENCY)) {
                continue;
            }
            double[] sides = byCell.computeIfAbsent(e.district() * types + e.activity(), k -> new double[2]);
            sides[type == ActorType.MISSION ? 0 : 1] += e.effort();
            total += e.effort();
        }
        if (total <= 0) {
            return 0;
        }
        double overlap = 0;
        for (double[] sides : byCell.values()) {
            overlap += Math.min(sides[0], sides[1]);
        }
        return 2 * overlap / total;
    }
}
