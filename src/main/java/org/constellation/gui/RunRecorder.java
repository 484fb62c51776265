package org.constellation.gui;

import java.util.ArrayList;
import java.util.List;
import org.constellation.metrics.MetricSeries;
import org.constellation.metrics.RowSink;

/**
 * The GUI's sink for the run's {@code MetricsObserver}: it keeps every row in a {@link MetricSeries}
 * and holds the rows not yet charted until the GUI's after-step hook takes them. The observer calls it
 * on the model's thread, and the hook runs on the same thread, so no locking is needed.
 */
final class RunRecorder implements RowSink {

    /** One observed row. */
    record Row(int step, double[] values) {
    }

    private final MetricSeries series;
    private final List<Row> pending = new ArrayList<>();

    RunRecorder(List<String> names) {
        series = new MetricSeries(names);
    }

    @Override
    public void accept(int step, double[] values) {
        series.accept(step, values);
        pending.add(new Row(step, values.clone()));
    }

    /** Every row so far. */
    MetricSeries series() {
        return series;
    }

    /** The rows not yet taken, and forgets them. */
    List<Row> takePending() {
        List<Row> out = List.copyOf(pending);
        pending.clear();
        return out;
    }
}
