package org.constellation.charts;

import org.jfree.chart.axis.NumberAxis;

/**
 * The values a quantity can take, e.g. [0, 1] for a share or [0, +inf) for a count: charts never draw
 * beyond it (bands are clipped to it) and its finite bounds anchor the value axis.
 *
 * @param lower the smallest possible value, or {@code Double.NEGATIVE_INFINITY}
 * @param upper the largest possible value, or {@code Double.POSITIVE_INFINITY}
 */
public record ValueRange(double lower, double upper) {

    /** No bounds. */
    public static final ValueRange UNBOUNDED = new ValueRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Share of the data span added above and below the data on an axis. */
    private static final double MARGIN = 0.05;

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if a bound is NaN or the range is empty
     */
    public ValueRange {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("value range [" + lower + ", " + upper + "] is empty or NaN");
        }
    }

    /** Returns {@code value} moved into the range (NaN stays NaN). */
    public double clip(double value) {
        return Double.isNaN(value) ? value : Math.max(lower, Math.min(upper, value));
    }

    /** Returns a copy of {@code values} with each value moved into the range. */
    double[] clip(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = clip(values[i]);
        }
        return out;
    }

    /**
     * Sets the axis to show data from {@code min} to {@code max} (finite, or NaN when there are none):
     * from the lower bound when it is finite, else just below the data, to just above the data but
     * not past the upper bound (data outside the range, which should not occur, stay in view).
     */
    void applyTo(NumberAxis axis, double min, double max) {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            return;
        }
        double low = Double.isFinite(lower) ? lower : min;
        double span = Math.max(max - low, Math.abs(max) * 1e-3);
        if (span == 0) {
            span = 1;
        }
        double from = Double.isFinite(lower) ? Math.min(lower, min) : min - MARGIN * span;
        double to = Math.max(max, Math.min(upper, max + MARGIN * span));
        if (!(to > from)) {
            to = from + span;
        }
        axis.setAutoRange(false);
        axis.setRange(from, to);
    }
}
