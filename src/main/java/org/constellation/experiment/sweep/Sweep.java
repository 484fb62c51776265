package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.Progress;

/**
 * Runs the runs of an experiment on a pool of threads and records each, in run-id order, as soon as
 * it and all before it are done: runs.csv (and the time series) are only appended to and forced to
 * disk run by run. Results are the same for any number of threads. After a crash or kill, a sweep
 * started again with {@code resume} keeps every complete row, cuts any half-written one, and runs only
 * what is missing, so its outputs are those of an uninterrupted sweep.
 */
public final class Sweep {

    /**
     * How to run.
     *
     * @param out the sweep's folder
     * @param threads worker threads
     * @param resume continue a sweep already in {@code out}
     * @param shard the runs to execute: {@link Shard#ALL}, or one shard's
     * @param progress where progress goes
     */
    public record Options(Path out, int threads, boolean resume, Shard shard, Progress progress) {
    }

    /**
     * What happened.
     *
     * @param total runs in this sweep (or shard)
     * @param resumed runs already recorded when it started
     * @param executed runs executed now
     */
    public record Outcome(long total, long resumed, long executed) {
    }

    private Sweep() {
    }

    /** Runs (or resumes) a sweep; finishing outputs are written separately ({@link SweepOutputs}). */
    public static Outcome run(LoadedExperiment experiment, RunPlan plan, Options options)
            throws IOException, SweepException {
        try (SweepSession session = open(experiment, plan, options)) {
            return session.execute();
        }
    }

    /** Refuses a folder the sweep must not write to (see {@link SweepStart}); writes nothing. */
    public static void check(LoadedExperiment experiment, Options options) throws IOException, SweepException {
        SweepStart.check(experiment, options.out(), options.resume(), options.shard());
    }

    /**
     * Starts (or resumes) a sweep: checks its folder, writing nothing if it refuses (see {@link SweepStart}),
     * then creates and locks the folder, removes what a killed process left in it, and records the
     * experiment. The session holds the lock until it is closed.
     */
    public static SweepSession open(LoadedExperiment experiment, RunPlan plan, Options options)
            throws IOException, SweepException {
        check(experiment, options);
        return SweepSession.start(experiment, plan, options);
    }

    /**
     * Replaces a sweep's copy of its experiment file by a new text that differs only in prose (title,
     * description, claim, finding, comments); refuses one whose runs differ.
     */
    public static void refreshCopy(Path copy, String text, ExperimentSpec spec, Path out)
            throws IOException, SweepException {
        String old = Files.readString(copy, java.nio.charset.StandardCharsets.UTF_8);
        if (old.equals(text)) {
            return;
        }
        SweepStart.sameRuns(copy, spec, out);
        AtomicFile.write(copy, text);
    }

    /** The shard a sweep folder holds. */
    public static Shard shardOf(Path out) throws IOException, SweepException {
        Path file = out.resolve(SweepFiles.SHARD);
        if (!Files.exists(file)) {
            return Shard.ALL;
        }
        try {
            return Shard.parse(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new SweepException(file + " does not name a shard (" + e.getMessage() + ")");
        }
    }

    /**
     * How many runs a whole sweep's folder has recorded, each checked as on resume (the record of the
     * expected run, its metrics numbers), up to the first that is missing or damaged; with a
     * counterfactual, only runs whose counterfactual is recorded too.
     */
    public static long recorded(Path out, ExperimentSpec spec, RunPlan plan) throws IOException, SweepException {
        long[] ids = Shard.ALL.ids(plan);
        long runs = RowCheck.count(out.resolve(SweepFiles.RUNS), SweepFiles.runsHeader(spec),
                new RowCheck(ids, spec, plan));
        return CounterfactualRuns.paired(out, spec, plan, ids, runs);
    }

    /** Position of a run id among the sweep's ids, or ids.length if absent. */
    static int index(long[] ids, long id) {
        int i = Arrays.binarySearch(ids, id);
        return i < 0 ? ids.length : i;
    }
}
