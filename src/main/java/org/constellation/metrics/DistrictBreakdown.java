package org.constellation.metrics;

import java.util.Map;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.world.NeedField;

/**
 * The {@link CoverageGap} and {@link Duplication} metrics taken district by district (for a map or an
 * inspector), from the current step's 3W ledger and with the same cell rules: summed over districts,
 * the counts and efforts give the region-wide metrics back. Read-only.
 */
public final class DistrictBreakdown {

    private final int[] needy;
    private final int[] gaps;
    private final double[] effort;
    private final double[] duplicated;
    private final boolean[] covered;

    private DistrictBreakdown(int districts, boolean[] covered) {
        needy = new int[districts];
        gaps = new int[districts];
        effort = new double[districts];
        duplicated = new double[districts];
        this.covered = covered;
    }

    /** Every district of a started model at the end of its current step. */
    public static DistrictBreakdown of(Constellation m) {
        DistrictBreakdown out = new DistrictBreakdown(m.region().size(), CubeCells.covered(m));
        for (Ledger.Entry e : m.ledger().current()) {
            if (CubeCells.addressesNeed(m, e)) {
                out.effort[e.district()] += e.effort();
            }
        }
        int types = m.catalogue().size();
        for (Map.Entry<Integer, Map<Integer, Double>> cell : CubeCells.effortByActivity(m).entrySet()) {
            out.duplicated[cell.getKey() / types] += CubeCells.duplicated(cell.getValue());
        }
        for (int cell = 0; cell < out.covered.length; cell++) {
            if (CubeCells.needy(m, cell)) {
                int d = NeedField.districtOf(cell);
                out.needy[d]++;
                if (!out.covered[cell]) {
                    out.gaps[d]++;
                }
            }
        }
        return out;
    }

    /** All zero, before the first step. */
    public static DistrictBreakdown empty(int districts) {
        return new DistrictBreakdown(districts, new boolean[districts * Challenge.COUNT]);
    }

    /** Share of the district's needy cells nobody addresses (0 when none is needy). */
    public double coverageGap(int d) {
        return needy[d] == 0 ? 0 : (double) gaps[d] / needy[d];
    }

    /** Share of the district's effort that is duplicated (0 without effort). */
    public double duplication(int d) {
        return effort[d] <= 0 ? 0 : duplicated[d] / effort[d];
    }

    /** Cells of the district above the gap threshold. */
    public int needyCells(int d) {
        return needy[d];
    }

    /** Needy cells of the district that nobody addresses. */
    public int gapCells(int d) {
        return gaps[d];
    }

    /** Effort addressing the district's needs this step. */
    public double effort(int d) {
        return effort[d];
    }

    /** Duplicated effort in the district this step. */
    public double duplicatedEffort(int d) {
        return duplicated[d];
    }

    /** Whether anybody addresses a challenge in a district this step. */
    public boolean covered(int d, Challenge c) {
        return covered[NeedField.cell(d, c)];
    }
}
