package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Coverage gap: of the district-challenge cells whose need exceeds the gap threshold, the share no
 * actor addresses this step (on the 3W cube). 0 when no cell exceeds the threshold.
 */
public final class CoverageGap implements Metric {

    public static final String NAME = "coverage_gap";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of district-challenge cells with need above the gap threshold that no actor addresses (0-1)";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Coverage gap", "share", 0, 1, "coordination");
    }

    @Override
    public double measure(Constellation m) {
        boolean[] covered = CubeCells.covered(m);
        int needy = 0;
        int gaps = 0;
        for (int cell = 0; cell < covered.length; cell++) {
            if (CubeCells.needy(m, cell)) {
                needy++;
                if (!covered[cell]) {
                    gaps++;
                }
            }
        }
        return needy == 0 ? 0 : (double) gaps / needy;
    }
}
