package org.constellation.metrics;

import java.util.Map;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;

/**
 * Duplication: the share of this step's effort spent where another actor already does the same
 * kind of activity on the same need in the same district. On the actor x challenge x district x
 * step cube, for each district and activity type worked by two or more actors, everything beyond
 * the largest single actor's effort counts as duplicated (<i>Fit for Purpose</i> ch. 4, "The way
 * forward": duplication or even competition between UN peace operations and UN Country Teams).
 */
public final class Duplication implements Metric {

    public static final String NAME = "duplication";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of effort spent on an activity type in a district where another actor already does it (0-1)";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Duplication", "share", 0, 1, "coordination");
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
        double duplicated = 0;
        for (Map<Integer, Double> actors : CubeCells.effortByActivity(m).values()) {
            duplicated += CubeCells.duplicated(actors);
        }
        return duplicated / total;
    }
}
