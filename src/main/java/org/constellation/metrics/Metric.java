package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * A named measurement of the model's state at the end of a step. A metric only reads the model;
 * its one definition is in {@code docs/ODD.md} under its name.
 */
public interface Metric {

    /** The stable snake_case name: the column header in every output. */
    String name();

    /** One sentence saying what it measures, with its unit. */
    String description();

    /** What it cannot measure: what a reader must not take it for (docs/metrics.md). */
    String cannot();

    /**
     * How the metric is labelled and charted (its name in words, unit, range and chart group). Every
     * standard metric declares its own; the default, for a metric that has not yet, shows its id.
     */
    default MetricInfo info() {
        return MetricInfo.undeclared(name());
    }

    /** Measures the model at the end of the current step. */
    double measure(Constellation model);
}
