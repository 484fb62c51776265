package org.constellation.experiment.calibration;

/**
 * A metric's mean over a window of a base scenario's runs, averaged over the particle's replicates,
 * against an observed value: discrepancy {@code (statistic - observed) / scale}.
 *
 * @param name its name
 * @param fit whether it enters the distance
 * @param quantity the metric, scenario and window
 * @param observed the observed value
 * @param scale the difference that counts as one unit of discrepancy
 * @param weight its weight in the distance
 * @param source where the observed value comes from
 */
public record MetricMeanTarget(String name, boolean fit, Quantity quantity, double observed, double scale,
        double weight, String source) implements ObservedValueTarget {

    @Override
    public TargetKind kind() {
        return TargetKind.METRIC_MEAN;
    }

    @Override
    public String describeStatistic() {
        return "mean of " + quantity.describe();
    }
}
