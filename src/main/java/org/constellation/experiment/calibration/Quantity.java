package org.constellation.experiment.calibration;

/**
 * What one run gives a target: the mean of a metric over a window of steps of a base scenario's run.
 * Steps where the metric is undefined (empty in the time series) are left out of the mean; a window
 * where it is never defined gives NaN.
 *
 * @param scenario the base scenario's name in the calibration
 * @param metric a metric name (see docs/metrics.md)
 * @param from first step of the window (0 is the first step)
 * @param to last step of the window, inclusive, or -1 for the run's last step
 */
public record Quantity(String scenario, String metric, int from, int to) {

    private static final String STATISTIC = "stat_";

    /** A run statistic of a base scenario's runs ({@link org.constellation.experiment.sweep.RunStatistics}). */
    public static Quantity statistic(String scenario, String name) {
        return new Quantity(scenario, org.constellation.experiment.sweep.RunStatistics.column(name), 0, -1);
    }

    /** Whether it is a run statistic (kept in runs.csv) rather than a metric's mean (from the time series). */
    public boolean isStatistic() {
        return metric.startsWith(STATISTIC);
    }

    /** The run statistic's name (for {@link #isStatistic()} quantities). */
    public String statisticName() {
        return metric.substring(STATISTIC.length());
    }

    /** Whether a step is inside the window. */
    public boolean covers(int step) {
        return step >= from && (to < 0 || step <= to);
    }

    /** As written in reports: "duplication in current, steps 12-59". */
    public String describe() {
        return metric + " in " + scenario + ", steps " + from + "-" + (to < 0 ? "end" : Integer.toString(to));
    }
}
