package org.constellation.experiment.calibration;

import java.util.List;
import org.constellation.experiment.sweep.RunStatistics;

/**
 * A statistic of the model's own 3W against an observed 3W table (the statistics of {@code compare-3w}),
 * averaged over the particle's replicates, against its observed value: discrepancy
 * {@code (statistic - observed) / scale}. Each run's value is a run statistic ({@link RunStatistics}) named
 * after the target, computed at the end of the run by the command line from the 3W comparison
 * ({@code org.constellation.data}) and kept in the sweep's runs.csv.
 *
 * @param name its name (and the run statistic's)
 * @param fit whether it enters the distance
 * @param quantity the run statistic and its base scenario
 * @param statistic which statistic ({@link #STATISTICS})
 * @param table the observed table, as written (relative to the calibration file)
 * @param country the table's country the statistic is of
 * @param from first step of the simulated window, -1 for the run's last step
 * @param to last step of the simulated window, -1 for the run's last step
 * @param observed the observed value
 * @param scale the difference that counts as one unit of discrepancy
 * @param weight its weight in the distance
 * @param source where the observed value comes from
 */
public record ThreeWTarget(String name, boolean fit, Quantity quantity, String statistic, String table, String country,
        int from, int to, double observed, double scale, double weight, String source) implements ObservedValueTarget {

    /** The statistics' names; {@code indirect_share:} is followed by a 3W organisation type. */
    public static final List<String> STATISTICS = List.of("coverage", "duplication_share", "regions_rho", "distance",
            "indirect_share:TYPE");

    /** Whether a statistic's name is one of {@link #STATISTICS}. */
    public static boolean known(String statistic) {
        String prefix = "indirect_share:";
        return STATISTICS.subList(0, 4).contains(statistic)
                || statistic.startsWith(prefix) && !statistic.substring(prefix.length()).isBlank();
    }

    @Override
    public TargetKind kind() {
        return TargetKind.COMPARE_3W;
    }

    @Override
    public String describeStatistic() {
        return statistic + " of the 3W of " + quantity.scenario() + ", steps "
                + (from < 0 ? "last" : Integer.toString(from)) + "-" + (to < 0 ? "last" : Integer.toString(to))
                + ", against " + table + " (" + country + ")";
    }
}
