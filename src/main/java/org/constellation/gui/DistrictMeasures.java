package org.constellation.gui;

import java.util.List;
import org.constellation.metrics.DistrictBreakdown;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;

/**
 * What the map shows of a district: the metrics' own per-district breakdown
 * ({@link DistrictBreakdown}), and a value per colouring mode.
 */
final class DistrictMeasures {

    private final DistrictBreakdown breakdown;

    private DistrictMeasures(DistrictBreakdown breakdown) {
        this.breakdown = breakdown;
    }

    /** Measures every district of a started model at the end of its current step. */
    static DistrictMeasures of(Constellation m) {
        return new DistrictMeasures(DistrictBreakdown.of(m));
    }

    /** An all-zero measure, before the first step. */
    static DistrictMeasures empty(int districts) {
        return new DistrictMeasures(DistrictBreakdown.empty(districts));
    }

    /** Share of the district's reference need within reach left uncovered this step (0 when none). */
    double coverageGap(int d) {
        return breakdown.uncovered(d);
    }

    /** Share of the district's effort that is redundant on its need cells (0 without effort). */
    double redundancy(int d) {
        return breakdown.redundancy(d);
    }

    /** Reference need of the district's cells in need within reach. */
    double referenceNeed(int d) {
        return breakdown.referenceNeed(d);
    }

    /** The part of the reference need this step's effort covers. */
    double coveredNeed(int d) {
        return breakdown.coveredNeed(d);
    }

    /** Effort addressing the district's needs this step. */
    double effort(int d) {
        return breakdown.effort(d);
    }

    /** Redundant effort in the district this step. */
    double redundantEffort(int d) {
        return breakdown.redundantEffort(d);
    }

    /** True if anybody addresses a challenge in a district this step. */
    boolean covered(int d, Challenge c) {
        return breakdown.covered(d, c);
    }

    /** The value a colouring mode shows for a district. */
    double value(ColourBy mode, Constellation m, int d, Challenge challenge) {
        return switch (mode) {
            case NEED -> m.needs().need(d, challenge);
            case COVERAGE_GAP -> coverageGap(d);
            case DUPLICATION -> redundancy(d);
        };
    }

    /** The challenges covered in a district this step, by label. */
    List<String> coveredChallenges(int d) {
        return Challenge.all().stream().filter(c -> covered(d, c)).map(Challenge::label).toList();
    }
}
