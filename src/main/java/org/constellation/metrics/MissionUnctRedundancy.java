package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Mission-UNCT redundancy: on each need cell's target (its need or its driver), with the missions' effort
 * and the UN Country Team agencies' effort as two sides, what the smaller side adds beyond both the larger
 * side's effort and what saturates the target
 * ({@link org.constellation.model.CellResponse#saturatingEffort}); summed, over the two groups'
 * need-addressing effort (<i>Fit for Purpose</i> ch. 4, "UN whole of system": an integrated office avoids
 * duplication between mission and Country Team). Redundancy within one side (two missions) does not
 * count here.
 */
public final class MissionUnctRedundancy implements Metric {

    public static final String NAME = "mission_unct_redundancy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of missions' and UN Country Team agencies' effort that one side adds to a need cell beyond the "
                + "other's and beyond what saturates it (0-1)";
    }

    @Override
    public String cannot() {
        return "Redundancy among missions or among agencies, with other actors, or whether the integrated office "
                + "or the planner kept the two sides apart";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Mission and UN Country Team redundancy", "share", 0, 1, "coordination");
    }

    @Override
    public double measure(Constellation m) {
        NeedCells cells = NeedCells.of(m);
        double total = 0;
        double redundant = 0;
        for (int target = 0; target < cells.targets(); target++) {
            double missions = cells.missions(target);
            double agencies = cells.agencies(target);
            total += missions + agencies;
            redundant += NeedCells.redundant(missions + agencies, Math.max(missions, agencies), cells.saturating());
        }
        return total <= 0 ? 0 : redundant / total;
    }
}
