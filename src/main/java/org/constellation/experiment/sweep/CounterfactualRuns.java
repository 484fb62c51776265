package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * counterfactual-runs.csv: each run of an experiment with a counterfactual, run again with the same seed
 * under the counterfactual's overrides, in the layout of runs.csv (the same run id, point, replicate, seed
 * and factor values, so its rows are checked as runs.csv's are). A run's counterfactual row is written
 * before its row in runs.csv, so after a kill it can only be ahead; resuming cuts both files back to the
 * runs they both hold, complete and undamaged.
 */
final class CounterfactualRuns {

    static final String FILE = "counterfactual-runs.csv";

    private CounterfactualRuns() {
    }

    /**
     * Cuts the counterfactual rows to the first {@code done} runs (those runs.csv holds) and, should it
     * hold fewer, runs.csv to the same; returns how many runs both hold.
     */
    static long truncate(Path out, ExperimentSpec spec, RunPlan plan, long[] ids, long done) throws IOException {
        if (!spec.hasCounterfactual()) {
            return done;
        }
        String header = SweepFiles.runsHeader(spec);
        long paired = AppendLog.truncateAfter(out.resolve(FILE), header,
                new RowCheck(Arrays.copyOf(ids, Math.toIntExact(done)), spec, plan));
        if (paired < done) {
            AppendLog.truncateAfter(out.resolve(SweepFiles.RUNS), header,
                    new RowCheck(Arrays.copyOf(ids, Math.toIntExact(paired)), spec, plan));
        }
        return paired;
    }

    /**
     * Of the first {@code runs} runs that runs.csv records, how many counterfactual-runs.csv records too,
     * checked as on resume (reads only).
     */
    static long paired(Path out, ExperimentSpec spec, RunPlan plan, long[] ids, long runs)
            throws IOException, SweepException {
        if (!spec.hasCounterfactual()) {
            return runs;
        }
        return Math.min(runs, RowCheck.count(out.resolve(FILE), SweepFiles.runsHeader(spec),
                new RowCheck(ids, spec, plan)));
    }

    /** The file to append counterfactual rows to, or null if the experiment has none. */
    static AppendLog open(Path out, ExperimentSpec spec) throws IOException {
        return spec.hasCounterfactual() ? AppendLog.open(out.resolve(FILE), SweepFiles.runsHeader(spec)) : null;
    }
}
