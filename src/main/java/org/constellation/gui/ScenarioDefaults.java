package org.constellation.gui;

import java.util.List;
import java.util.Locale;
import org.constellation.metrics.Metrics;
import org.constellation.model.Challenge;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.scenario.Scenario;

/**
 * What the map and chart show when a scenario is opened, read from its {@code look_at} lines: the first
 * challenge, colouring (coverage gap or redundant effort) and metric they name.
 */
final class ScenarioDefaults {

    private ScenarioDefaults() {
    }

    /** The first challenge the scenario's look_at names (by key or label), else the neediest at the start. */
    static Challenge challenge(Scenario s) {
        String text = String.join(" ", s.lookAt()).toLowerCase(Locale.ROOT);
        Challenge best = null;
        int at = Integer.MAX_VALUE;
        for (Challenge c : Challenge.all()) {
            for (String name : List.of(c.key(), c.label().toLowerCase(Locale.ROOT))) {
                int i = text.indexOf(name);
                if (i >= 0 && i < at) {
                    best = c;
                    at = i;
                }
            }
        }
        return best != null ? best : neediest(s);
    }

    /**
     * The coverage gap (for a look_at naming a coverage metric) or redundant effort (for one naming
     * redundancy), whichever is named first, else need.
     */
    static ColourBy colouring(Scenario s) {
        String text = String.join(" ", s.lookAt());
        int gap = text.indexOf("coverage_by");
        int redundancy = text.indexOf("redundan");
        if (gap >= 0 && (redundancy < 0 || gap < redundancy)) {
            return ColourBy.COVERAGE_GAP;
        }
        return redundancy >= 0 ? ColourBy.DUPLICATION : ColourBy.NEED;
    }

    private static Challenge neediest(Scenario s) {
        double[] sum = new double[Challenge.COUNT];
        for (DistrictSpec d : s.model().region().districts()) {
            d.need().forEach((c, v) -> sum[c.ordinal()] += v);
        }
        Challenge best = Challenge.TERRORISM;
        for (Challenge c : Challenge.all()) {
            if (sum[c.ordinal()] > sum[best.ordinal()]) {
                best = c;
            }
        }
        return best;
    }

    /** The first metric the scenario's look_at names besides the three always charted, else trust. */
    static String metric(Scenario s) {
        String text = String.join(" ", s.lookAt());
        String best = "trust";
        int at = Integer.MAX_VALUE;
        for (String name : Metrics.names()) {
            int i = text.indexOf(name);
            if (i >= 0 && i < at && !RunSettings.FIXED_METRICS.contains(name)) {
                best = name;
                at = i;
            }
        }
        return best;
    }
}
