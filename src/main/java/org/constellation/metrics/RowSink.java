package org.constellation.metrics;

/** Receives one row of metric values per observed step. Implementations decide where rows go. */
public interface RowSink {

    /** Accepts the values of the observed metrics at a step, in the observer's column order. */
    void accept(int step, double[] values);
}
