package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Redundant effort: on each need cell's target (district x challenge, its need or its driver; all
 * activity types and both modes together), the effort that actors other than the largest contributor add
 * beyond what saturates it ({@link org.constellation.model.CellResponse#saturatingEffort}: the effects'
 * diminishing returns), summed, over all need-addressing effort this step
 * (<i>Fit for Purpose</i> ch. 4, "The way forward": duplication or even competition between UN peace
 * operations and UN Country Teams). Two actors who together stay below saturation are complementary
 * ({@link ComplementaryEffort}), not redundant; one actor exceeding saturation alone is not duplication.
 */
public final class RedundantEffort implements Metric {

    public static final String NAME = "redundant_effort";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of effort that a second or further actor adds to a need cell beyond what saturates it (0-1)";
    }

    @Override
    public String cannot() {
        return "Waste by a single actor beyond saturation, effort lost to absorption or diversion, or whether "
                + "different activity types on one need pull in different directions";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Redundant effort", "share", 0, 1, "coordination");
    }

    @Override
    public double measure(Constellation m) {
        NeedCells cells = NeedCells.of(m);
        return cells.shareOfEffort(cells::redundant);
    }
}
