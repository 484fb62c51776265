package org.constellation.experiment.calibration;

import java.util.List;
import java.util.function.Function;
import org.constellation.experiment.Numbers;

/**
 * A qualitative pattern: one quantity exceeds another by more than a margin (for example, duplication
 * between a mission and the UN Country Team is higher without an integrated office than with one). The
 * statistic is the difference {@code higher - lower}, paired by replicate (the replicates of a particle
 * run every base scenario with the same seeds) and averaged; the discrepancy is how far it falls short
 * of the margin, {@code max(0, margin - difference) / scale}, so every particle that shows the pattern
 * has discrepancy 0.
 *
 * @param name its name
 * @param fit whether it enters the distance
 * @param higher the quantity that should be higher
 * @param lower the quantity that should be lower
 * @param margin how much higher it must be
 * @param scale the shortfall that counts as one unit of discrepancy
 * @param weight its weight in the distance
 * @param source where the pattern comes from
 */
public record OrderingTarget(String name, boolean fit, Quantity higher, Quantity lower, double margin, double scale,
        double weight, String source) implements Target {

    @Override
    public TargetKind kind() {
        return TargetKind.ORDERING;
    }

    @Override
    public List<Quantity> quantities() {
        return List.of(higher, lower);
    }

    @Override
    public double statistic(Function<Quantity, double[]> replicates) {
        double[] h = replicates.apply(higher);
        double[] l = replicates.apply(lower);
        double[] d = new double[h.length];
        for (int r = 0; r < d.length; r++) {
            d[r] = h[r] - l[r];
        }
        return Target.finiteMean(d);
    }

    @Override
    public double discrepancy(double statistic) {
        return Double.isNaN(statistic) ? Double.NaN : Math.max(0, margin - statistic) / scale;
    }

    @Override
    public double observed() {
        return margin;
    }

    /** Whether a statistic shows the pattern. */
    public boolean met(double statistic) {
        return statistic > margin;
    }

    @Override
    public String describeObserved() {
        return "> " + Numbers.format(margin);
    }

    @Override
    public String describeStatistic() {
        return higher.describe() + " minus " + lower.describe();
    }
}
