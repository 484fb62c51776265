package org.constellation.metrics;

import java.util.List;
import org.constellation.model.Constellation;
import org.constellation.model.Phase;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Observes the model after every agent has acted (in the {@link Phase#OBSERVE} phase) and passes a
 * row of metric values to a {@link RowSink}. It never writes anything itself. Its metrics and sink
 * belong to whoever attached it, not to the model, so they are not checkpointed: an observer restored
 * with a model from a checkpoint does nothing, and the restoring program attaches a new one.
 */
public final class MetricsObserver implements Steppable {

    private static final long serialVersionUID = 1L;

    private final transient List<Metric> metrics;
    private final transient RowSink sink;

    public MetricsObserver(List<Metric> metrics, RowSink sink) {
        this.metrics = List.copyOf(metrics);
        this.sink = sink;
    }

    /**
     * Adds a new observer to a started model, observing from its next step on (the first, or the one
     * after the checkpoint it was restored from).
     */
    public static MetricsObserver attach(Constellation model, List<Metric> metrics, RowSink sink) {
        MetricsObserver observer = new MetricsObserver(metrics, sink);
        model.observe(observer);
        return observer;
    }

    /** The metrics observed, in column order. */
    public List<Metric> metrics() {
        return metrics;
    }

    @Override
    public void step(SimState state) {
        if (sink == null) {
            return;
        }
        Constellation m = (Constellation) state;
        double[] row = new double[metrics.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = metrics.get(i).measure(m);
        }
        sink.accept(m.step(), row);
    }
}
