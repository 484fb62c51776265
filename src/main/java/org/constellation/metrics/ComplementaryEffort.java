package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Complementary effort: on each need cell's target (its need or its driver), the effort that actors
 * other than the largest contributor add within what saturates it
 * ({@link org.constellation.model.CellResponse#saturatingEffort}), summed, over all need-addressing
 * effort this step: joint work that the cell can still use. With {@link RedundantEffort} it splits
 * everything but the largest contributors' effort.
 */
public final class ComplementaryEffort implements Metric {

    public static final String NAME = "complementary_effort";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of effort that a second or further actor adds to a need cell within what saturates it (0-1)";
    }

    @Override
    public String cannot() {
        return "Whether the actors planned together or happened to meet, or whether their activity types fit "
                + "together (doctrine incoherence is a separate metric)";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Complementary effort", "share", 0, 1, "coordination");
    }

    @Override
    public double measure(Constellation m) {
        NeedCells cells = NeedCells.of(m);
        return cells.shareOfEffort(cells::complementary);
    }
}
