package org.constellation.gui;

import java.util.ArrayList;
import java.util.List;
import org.constellation.charts.TimeMarker;
import org.constellation.model.ClosureRecord;
import org.constellation.model.Constellation;
import org.constellation.model.spec.ModelSpec;
import org.constellation.scenario.ScenarioEvents;

/**
 * The events the live chart marks as a run goes: each closure the model records and each of the
 * scenario's shocks, at the month of the step in which it happened (month = step + 1).
 */
final class ChartEvents {

    private int closuresMarked;

    /** Starts over for a new run. */
    void reset() {
        closuresMarked = 0;
    }

    /** The events of the step just done: closures recorded since the last call, and its shocks. */
    List<TimeMarker> take(Constellation model, ModelSpec scenario) {
        List<TimeMarker> out = new ArrayList<>();
        List<ClosureRecord> closures = model.closures();
        for (; closuresMarked < closures.size(); closuresMarked++) {
            ClosureRecord c = closures.get(closuresMarked);
            out.add(new TimeMarker(c.step() + 1, ScenarioEvents.closure(model.actors().get(c.actor()).name())));
        }
        int step = model.step();
        ScenarioEvents.shocks(scenario).stream().filter(e -> e.step() == step)
                .forEach(e -> out.add(new TimeMarker(step + 1, e.label())));
        return out;
    }
}
