package org.constellation.metrics;

import org.constellation.model.ClosureRecord;
import org.constellation.model.Constellation;
import org.constellation.model.EffortBaseline;
import org.constellation.model.params.Parameters;

/**
 * Transition shortfall: for the actors that closed within the last {@code metrics.transition_window}
 * steps, the share of what each contributed before its taper that nobody has replaced now. On each need
 * cell target (a cell's need or its driver) where the closing actor worked during its reference period
 * ({@link EffortBaseline}: the {@code metrics.transition_baseline} steps that end when its exit became
 * known, at the announcement of its end or at an unannounced closure), its contribution is what it added,
 * within what saturates the target ({@link org.constellation.model.CellResponse#saturatingEffort}), to the
 * others' effort then: min(a + o, sat) - min(o, sat). What is replaced is how far all actors' effort now,
 * within saturation, exceeds the others' effort then, up to that contribution. Pooled over targets and
 * closures: 1 - replaced / contribution; 0 when no actor closed within the window (<i>Fit for Purpose</i>
 * ch. 4, "UN whole of system": operations that close can leave behind a vacuum; ch. 6, recommendation 9).
 */
public final class TransitionShortfall implements Metric {

    public static final String NAME = "transition_shortfall";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of the effort recently closed actors contributed to need cells before their taper that no "
                + "actor has replaced now (0-1)";
    }

    @Override
    public String cannot() {
        return "Need elsewhere left by successors who moved effort into the closed actor's cells (coverage shows "
                + "it), or whether the need in those cells still calls for that effort";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Transition shortfall", "share", 0, 1, "coordination");
    }

    @Override
    public double measure(Constellation m) {
        int window = m.parameters().getInt(Parameters.METRIC_TRANSITION_WINDOW);
        int t = m.step();
        NeedCells cells = null;
        double contributed = 0;
        double missing = 0;
        for (ClosureRecord r : m.closures()) {
            if (t < r.step() || t - r.step() >= window) {
                continue;
            }
            if (cells == null) {
                cells = NeedCells.of(m);
            }
            double sat = cells.saturating();
            EffortBaseline before = r.before();
            for (int k = 0; k < before.size(); k++) {
                double others = Math.min(before.others(k), sat);
                double contribution = Math.min(before.own(k) + before.others(k), sat) - others;
                double replaced = Math.min(contribution,
                        Math.max(0, Math.min(cells.effort(before.cell(k)), sat) - others));
                contributed += contribution;
                missing += contribution - replaced;
            }
        }
        return contributed <= 0 ? 0 : missing / contributed;
    }
}
