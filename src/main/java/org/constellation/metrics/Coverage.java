package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Coverage of the need within reach, graded by saturation, over a fixed denominator. The denominator is
 * the cells in need at the reference (reference need above {@code metrics.gap_threshold}: the need at the
 * start of the run, raised by scheduled shocks; never by what actors achieve) that are within reach this
 * step (some active actor with capacity present and mandated for the challenge). Each such cell counts
 * with the share of the attainable effect that this step's effort achieves there, read with the model's
 * cell response ({@link org.constellation.model.CellResponse}, as in the effects): on its need and on its
 * driver, the share of what the most effective work present can remove, the two combined as routes to
 * the same need; with one kind of work 1 - exp(-E / S), so one unit where nine saturate counts for
 * little. Weighted by reference need ({@code coverage_by_need}) or cell by cell
 * ({@code coverage_by_cell}); 1 when no cell is in need within reach. The cells out of reach are
 * {@link OutOfReach}.
 */
public final class Coverage implements Metric {

    public static final String BY_NEED = "coverage_by_need";
    public static final String BY_CELL = "coverage_by_cell";

    private final boolean byNeed;

    private Coverage(boolean byNeed) {
        this.byNeed = byNeed;
    }

    /** Weighted by each cell's reference need. */
    public static Coverage byNeed() {
        return new Coverage(true);
    }

    /** Every cell counts once. */
    public static Coverage byCell() {
        return new Coverage(false);
    }

    @Override
    public String name() {
        return byNeed ? BY_NEED : BY_CELL;
    }

    @Override
    public String description() {
        return byNeed
                ? "Reference-need-weighted mean, over cells in need within reach, of the share of the attainable "
                        + "effect this step's effort achieves there (0-1)"
                : "Mean, over cells in need within reach (each counting once), of the share of the attainable "
                        + "effect this step's effort achieves there (0-1)";
    }

    @Override
    public String cannot() {
        return "Need that arose after the reference through the model's own dynamics (unmet_need shows it), "
                + "cells out of reach (out_of_reach), whether the effort was absorbed or diverted, that a unit "
                + "of one activity type does more than a unit of another of the same mode, or that work done through "
                + "a weak host (the host's own forces, a non-executive mission's through-host rows) achieves less "
                + "than its nominal effort";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(name(), byNeed ? "Coverage of need, weighted by need" : "Coverage of need, cell by cell",
                "share", 0, 1, "coverage");
    }

    @Override
    public double measure(Constellation m) {
        double[] totals = NeedCells.of(m).referenceTotals(byNeed);
        return totals[0] <= 0 ? 1 : totals[1] / totals[0];
    }
}
