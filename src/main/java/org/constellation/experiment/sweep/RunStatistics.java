package org.constellation.experiment.sweep;

import java.util.Map;
import java.util.Set;
import org.constellation.model.Constellation;

/**
 * Named numbers computed from each run of a sweep, beyond the metrics: a statistic of the whole run that a
 * metric's series cannot give (for example a statistic of the run's 3W cube against an observed 3W table).
 * The command that runs the sweep supplies them (the sweep engine does not know how they are computed); an
 * experiment lists the ones it keeps under {@code statistics:}, and runs.csv keeps each as a column
 * {@code stat_NAME} after the metrics, so they survive a resume and a shard merge as the metrics do.
 */
public interface RunStatistics {

    /** No statistics. */
    RunStatistics NONE = new RunStatistics() {
        @Override
        public Set<String> names() {
            return Set.of();
        }

        @Override
        public Recorder observe(Constellation model, int steps) {
            return Map::of;
        }
    };

    /** The names of the statistics it can compute. */
    Set<String> names();

    /**
     * Starts observing a run: called once the model is started and before its first step.
     *
     * @param model the run's model
     * @param steps the number of steps the run will make
     * @return what gives the statistics once the run is finished
     */
    Recorder observe(Constellation model, int steps);

    /** Gives a finished run's statistics. */
    @FunctionalInterface
    interface Recorder {
        /** Each statistic by name (NaN where the run does not define it). */
        Map<String, Double> values();
    }

    /** The column of runs.csv that keeps a statistic. */
    static String column(String name) {
        return "stat_" + name;
    }
}
