package org.constellation.metrics;

import org.constellation.model.CellResponse;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.activity.Target;
import org.constellation.model.world.NeedField;

/**
 * The {@link Coverage} (by need) and {@link RedundantEffort} metrics taken district by district (for a
 * map or an inspector), from the current step's 3W ledger and with the same cell rules: summed over
 * districts, the weights and efforts give the region-wide metrics back. Read-only.
 */
public final class DistrictBreakdown {

    private final double[] reference;
    private final double[] covered;
    private final double[] effort;
    private final double[] redundant;
    private final boolean[] worked;

    private DistrictBreakdown(int districts) {
        reference = new double[districts];
        covered = new double[districts];
        effort = new double[districts];
        redundant = new double[districts];
        worked = new boolean[districts * Challenge.COUNT];
    }

    /** Every district of a started model at the end of its current step. */
    public static DistrictBreakdown of(Constellation m) {
        DistrictBreakdown out = new DistrictBreakdown(m.region().size());
        NeedCells cells = NeedCells.of(m);
        boolean[] reach = NeedCells.reach(m);
        for (int cell = 0; cell < cells.cells(); cell++) {
            int d = NeedField.districtOf(cell);
            for (Target target : Target.values()) {
                out.redundant[d] += cells.redundant(CellResponse.targetIndex(cell, target));
            }
            out.effort[d] += cells.cellEffort(cell);
            out.worked[cell] = cells.cellEffort(cell) > 0;
            double w = cells.referenceWeight(cell);
            if (w > 0 && reach[cell]) {
                out.reference[d] += w;
                out.covered[d] += w * cells.effectShare(cell);
            }
        }
        return out;
    }

    /** All zero, before the first step. */
    public static DistrictBreakdown empty(int districts) {
        return new DistrictBreakdown(districts);
    }

    /** Share of the district's reference need within reach that this step's effort leaves uncovered (0 if none). */
    public double uncovered(int d) {
        return reference[d] <= 0 ? 0 : 1 - covered[d] / reference[d];
    }

    /** Share of the district's effort that is redundant (0 without effort). */
    public double redundancy(int d) {
        return effort[d] <= 0 ? 0 : redundant[d] / effort[d];
    }

    /** Reference need of the district's cells in need within reach (the coverage denominator's part). */
    public double referenceNeed(int d) {
        return reference[d];
    }

    /** The part of {@link #referenceNeed} that this step's effort covers. */
    public double coveredNeed(int d) {
        return covered[d];
    }

    /** Effort addressing the district's needs this step. */
    public double effort(int d) {
        return effort[d];
    }

    /** Redundant effort in the district this step. */
    public double redundantEffort(int d) {
        return redundant[d];
    }

    /** Whether anybody addresses a challenge in a district this step. */
    public boolean covered(int d, Challenge c) {
        return worked[NeedField.cell(d, c)];
    }
}
