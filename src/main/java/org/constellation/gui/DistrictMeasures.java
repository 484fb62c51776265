package org.constellation.gui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.NeedField;

/**
 * The {@code coverage_gap} and {@code duplication} metrics of {@code docs/metrics.md}, taken district by
 * district for the map, from the current step's 3W ledger. Summed over districts, the counts give the
 * region-wide metrics back (a test checks it). Read-only: it never touches the model's state.
 */
final class DistrictMeasures {

    private final int[] needy;
    private final int[] gaps;
    private final double[] effort;
    private final double[] duplicated;
    private final boolean[] covered;

    private DistrictMeasures(int districts, int cells) {
        needy = new int[districts];
        gaps = new int[districts];
        effort = new double[districts];
        duplicated = new double[districts];
        covered = new boolean[cells];
    }

    /** Measures every district of a started model at the end of its current step. */
    static DistrictMeasures of(Constellation m) {
        int districts = m.region().size();
        DistrictMeasures out = new DistrictMeasures(districts, m.needs().cells());
        int types = m.catalogue().size();
        Map<Integer, Map<Integer, Double>> byCell = new TreeMap<>();
        for (Ledger.Entry e : m.ledger().current()) {
            ActivityType type = m.catalogue().get(e.activity());
            if (type.has(ActivityFlag.INSIDE_FENCE)) {
                continue;
            }
            out.covered[NeedField.cell(e.district(), type.challenge())] = true;
            out.effort[e.district()] += e.effort();
            byCell.computeIfAbsent(e.district() * types + e.activity(), k -> new TreeMap<>())
                    .merge(e.actor(), e.effort(), Double::sum);
        }
        for (Map.Entry<Integer, Map<Integer, Double>> cell : byCell.entrySet()) {
            if (cell.getValue().size() > 1) {
                double sum = 0;
                double max = 0;
                for (double v : cell.getValue().values()) {
                    sum += v;
                    max = Math.max(max, v);
                }
                out.duplicated[cell.getKey() / types] += sum - max;
            }
        }
        double threshold = m.parameters().get(Parameters.METRIC_GAP_THRESHOLD);
        for (int cell = 0; cell < out.covered.length; cell++) {
            if (m.needs().need(cell) > threshold) {
                int d = NeedField.districtOf(cell);
                out.needy[d]++;
                if (!out.covered[cell]) {
                    out.gaps[d]++;
                }
            }
        }
        return out;
    }

    /** An all-zero measure, before the first step. */
    static DistrictMeasures empty(int districts) {
        return new DistrictMeasures(districts, districts * Challenge.COUNT);
    }

    /** Share of the district's needy cells nobody addresses (0 when none is needy). */
    double coverageGap(int d) {
        return needy[d] == 0 ? 0 : (double) gaps[d] / needy[d];
    }

    /** Share of the district's effort that is duplicated (0 without effort). */
    double duplication(int d) {
        return effort[d] <= 0 ? 0 : duplicated[d] / effort[d];
    }

    /** Cells above the gap threshold in the district. */
    int needyCells(int d) {
        return needy[d];
    }

    /** Needy cells in the district that nobody addresses. */
    int gapCells(int d) {
        return gaps[d];
    }

    /** Effort addressing the district's needs this step. */
    double effort(int d) {
        return effort[d];
    }

    /** Duplicated effort in the district this step. */
    double duplicatedEffort(int d) {
        return duplicated[d];
    }

    /** True if anybody addresses a challenge in a district this step. */
    boolean covered(int d, Challenge c) {
        return covered[NeedField.cell(d, c)];
    }

    /** The value a colouring mode shows for a district. */
    double value(ColourBy mode, Constellation m, int d, Challenge challenge) {
        return switch (mode) {
            case NEED -> m.needs().need(d, challenge);
            case COVERAGE_GAP -> coverageGap(d);
            case DUPLICATION -> duplication(d);
        };
    }

    /** The challenges covered in a district this step, by label. */
    List<String> coveredChallenges(int d) {
        return Challenge.all().stream().filter(c -> covered(d, c)).map(Challenge::label).toList();
    }
}
