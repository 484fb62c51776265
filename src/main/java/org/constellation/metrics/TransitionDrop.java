package org.constellation.metrics;

import org.constellation.model.ClosureRecord;
import org.constellation.model.Constellation;
import org.constellation.model.params.Parameters;

/**
 * Transition drop: for the actors that closed within the transition window, the share of the
 * district-challenge cells each covered in its last step that still have a need above the gap
 * threshold and that no actor covers now; the mean over those closures (0 when none closed within
 * the window). <i>Fit for Purpose</i> ch. 4 ("UN whole of system": once operations close, they can
 * leave behind a vacuum) and ch. 6, recommendation 9.
 */
public final class TransitionDrop implements Metric {

    public static final String NAME = "transition_drop";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of a recently closed mission's needy cells that nobody covers now, mean over closures (0-1)";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Transition drop", "share", 0, 1, "coordination");
    }

    @Override
    public double measure(Constellation m) {
        int window = m.parameters().getInt(Parameters.METRIC_TRANSITION_WINDOW);
        double threshold = m.parameters().get(Parameters.METRIC_GAP_THRESHOLD);
        int t = m.step();
        boolean[] covered = null;
        double sum = 0;
        int closures = 0;
        for (ClosureRecord r : m.closures()) {
            if (t < r.step() || t - r.step() >= window || r.cells().isEmpty()) {
                continue;
            }
            if (covered == null) {
                covered = CubeCells.covered(m);
            }
            int lost = 0;
            for (int cell : r.cells()) {
                if (!covered[cell] && m.needs().need(cell) > threshold) {
                    lost++;
                }
            }
            sum += (double) lost / r.cells().size();
            closures++;
        }
        return closures == 0 ? 0 : sum / closures;
    }
}
