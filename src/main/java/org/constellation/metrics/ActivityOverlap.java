package org.constellation.metrics;

import java.util.Map;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;

/**
 * Activity overlap (formerly {@code duplication}): the share of this step's effort that lies beyond the
 * largest single actor's effort on the same activity type in the same district. It counts what the old
 * duplication metric counted, under a name that says so: overlap on catalogue rows, not redundancy on a
 * need ({@link RedundantEffort}).
 */
public final class ActivityOverlap implements Metric {

    public static final String NAME = "activity_overlap";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of effort beyond the largest single actor's on the same activity type in the same district "
                + "(0-1)";
    }

    @Override
    public String cannot() {
        return "Whether effort is redundant: it depends on how finely the catalogue is cut (splitting a row roughly "
                + "halves it), misses two actors on neighbouring rows of the same need, and counts two actors both "
                + "below saturation; use redundant_effort";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Activity overlap", "share", 0, 1, "coordination");
    }

    @Override
    public double measure(Constellation m) {
        double total = 0;
        for (Ledger.Entry e : m.ledger().current()) {
            if (CubeCells.addressesNeed(m, e)) {
                total += e.effort();
            }
        }
        if (total <= 0) {
            return 0;
        }
        double overlapping = 0;
        for (Map<Integer, Double> actors : CubeCells.effortByActivity(m).values()) {
            overlapping += CubeCells.overlap(actors);
        }
        return overlapping / total;
    }
}
