package org.constellation.metrics;

import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;

/**
 * Mission-UNCT activity overlap (formerly {@code mission_unct_duplication}): of the effort of missions
 * and UN Country Team agencies, the share that overlaps on the same activity type in the same district,
 * i.e. for each district and activity type where both work, the smaller of the two sides' effort,
 * summed, twice, over their total effort (1 when they do exactly the same things in the same places).
 * The cell-level measure is {@link MissionUnctRedundancy}.
 */
public final class MissionUnctActivityOverlap implements Metric {

    public static final String NAME = "mission_unct_activity_overlap";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of missions' and UN Country Team agencies' effort on the same activity type in the same "
                + "district (0-1)";
    }

    @Override
    public String cannot() {
        return "Whether their effort is redundant: it depends on how finely the catalogue is cut, misses the two "
                + "sides on neighbouring rows of the same need, and ignores saturation; use "
                + "mission_unct_redundancy";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Mission and UN Country Team activity overlap", "share", 0, 1, "coordination");
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
