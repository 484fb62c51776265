package org.constellation.metrics;

import java.util.ArrayList;
import java.util.List;

/** A {@link RowSink} that keeps every row in memory (tests, the GUI, small runs). */
public final class MetricSeries implements RowSink {

    private final List<String> names;
    private final List<Integer> steps = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();

    public MetricSeries(List<String> names) {
        this.names = List.copyOf(names);
    }

    @Override
    public void accept(int step, double[] values) {
        steps.add(step);
        rows.add(values.clone());
    }

    /** Column names. */
    public List<String> names() {
        return names;
    }

    /** Number of rows. */
    public int size() {
        return rows.size();
    }

    /** The step of a row. */
    public int step(int row) {
        return steps.get(row);
    }

    /** The values of a row (a copy). */
    public double[] row(int row) {
        return rows.get(row).clone();
    }

    /** The series of one metric. */
    public double[] column(String name) {
        int c = names.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("No column '" + name + "' in " + names);
        }
        double[] out = new double[rows.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = rows.get(r)[c];
        }
        return out;
    }

    /** Mean of one metric over all rows. */
    public double mean(String name) {
        double[] col = column(name);
        double sum = 0;
        for (double v : col) {
            sum += v;
        }
        return col.length == 0 ? Double.NaN : sum / col.length;
    }

    /** Last value of one metric. */
    public double last(String name) {
        double[] col = column(name);
        return col.length == 0 ? Double.NaN : col[col.length - 1];
    }
}
