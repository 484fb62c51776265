package org.constellation.metrics;

import java.util.List;
import org.constellation.model.Constellation;
import org.constellation.model.Phase;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Observes the model after every agent has acted (scheduled at {@link Phase#OBSERVE}) and passes a
 * row of metric values to a {@link RowSink}. It never writes anything itself.
 */
public final class MetricsObserver implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<Metric> metrics;
    private final RowSink sink;

    public MetricsObserver(List<Metric> metrics, RowSink sink) {
        this.metrics = List.copyOf(metrics);
        this.sink = sink;
    }

    /** Schedules a new observer on a started model. */
    public static MetricsObserver attach(Constellation model, List<Metric> metrics, RowSink sink) {
        MetricsObserver observer = new MetricsObserver(metrics, sink);
        model.schedule.scheduleRepeating(Schedule.EPOCH, Phase.OBSERVE.ordering(), observer, 1.0);
        return observer;
    }

    /** The metrics observed, in column order. */
    public List<Metric> metrics() {
        return metrics;
    }

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        double[] row = new double[metrics.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = metrics.get(i).measure(m);
        }
        sink.accept(m.step(), row);
    }
}
