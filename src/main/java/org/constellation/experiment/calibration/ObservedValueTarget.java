package org.constellation.experiment.calibration;

import java.util.List;
import java.util.function.Function;
import org.constellation.experiment.Numbers;

/**
 * A target that is one quantity of each run, averaged over the particle's replicates, against an
 * observed value: discrepancy {@code (statistic - observed) / scale}.
 */
public sealed interface ObservedValueTarget extends Target permits MetricMeanTarget, ThreeWTarget {

    /** The quantity each run gives. */
    Quantity quantity();

    @Override
    default List<Quantity> quantities() {
        return List.of(quantity());
    }

    @Override
    default double statistic(Function<Quantity, double[]> replicates) {
        return Target.finiteMean(replicates.apply(quantity()));
    }

    @Override
    default double discrepancy(double statistic) {
        return (statistic - observed()) / scale();
    }

    @Override
    default String describeObserved() {
        return Numbers.format(observed());
    }
}
