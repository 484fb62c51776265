package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.Progress;
import org.constellation.experiment.Provenance;

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
        Path out = options.out();
        prepare(experiment, plan, out, options.resume(), options.shard());
        try (FileChannel lockFile = FileChannel.open(out.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile, out)) {
            ExperimentSpec spec = experiment.spec();
            long[] ids = options.shard().ids(plan);
            long done = AppendLog.truncateAfter(out.resolve(SweepFiles.RUNS), SweepFiles.runsHeader(spec),
                    new RowCheck(ids, SweepFiles.runsFields(spec)));
            AppendLog.truncateAfter(out.resolve(SweepFiles.TIMESERIES_PARTIAL), SweepFiles.timeseriesHeader(spec),
                    line -> line.indexOf(',') > 0 && index(ids, parse(line.substring(0, line.indexOf(',')))) < done);
            if (done < ids.length) {
                execute(experiment, plan, options, ids, Math.toIntExact(done));
            }
            return new Outcome(ids.length, done, ids.length - done);
        }
    }

    private static void prepare(LoadedExperiment experiment, RunPlan plan, Path out, boolean resume, Shard shard)
            throws IOException, SweepException {
        Path copy = out.resolve(SweepFiles.EXPERIMENT);
        if (Files.exists(out) && !resume) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new SweepException(out + " already holds a sweep; add --resume to continue it, or choose "
                            + "another --out");
                }
            }
        }
        if (resume && Files.exists(copy)) {
            refreshCopy(copy, experiment.text(), experiment.spec(), out);
        }
        if (resume) {
            checkOrigin(out, experiment);
        }
        checkShard(out, shard);
        Files.createDirectories(out);
        if (!Files.exists(copy)) {
            AtomicFile.write(copy, experiment.text());
        }
        if (!Files.exists(out.resolve(SweepFiles.ORIGIN))) {
            AtomicFile.write(out.resolve(SweepFiles.ORIGIN), origin(experiment));
        }
        if (!Files.exists(out.resolve(SweepFiles.SHARD))) {
            AtomicFile.write(out.resolve(SweepFiles.SHARD), shard + "\n");
        }
        PointsFile.write(out.resolve(SweepFiles.POINTS), experiment.spec(), plan);
        PosteriorDraws.write(out, experiment.spec());
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
        ExperimentSpec recorded;
        try {
            recorded = ExperimentLoader.loadSpec(copy);
        } catch (org.constellation.scenario.ScenarioException e) {
            throw new SweepException(copy + " cannot be read: " + String.join("; ", e.problems()));
        }
        if (!recorded.sameRuns(spec)) {
            throw new SweepException(out + " holds a sweep of an experiment with other runs (factors, design, seed, "
                    + "steps, base scenario or metrics differ); it cannot be resumed with this one");
        }
        AtomicFile.write(copy, text);
    }

    /** The base scenario's hash and the version that started the sweep: runs of others must not mix with its rows. */
    private static String origin(LoadedExperiment experiment) {
        return "scenario_sha256=" + experiment.scenarioSha256() + "\nversion=" + Provenance.projectVersion() + "\n"
                + PosteriorDraws.origin(experiment.spec());
    }

    private static void checkOrigin(Path out, LoadedExperiment experiment) throws IOException, SweepException {
        Path file = out.resolve(SweepFiles.ORIGIN);
        if (Files.exists(file) && !Files.readString(file).equals(origin(experiment))) {
            throw new SweepException(out + " was started with another version of the base scenario or of Constellation "
                    + "(" + String.join(", ", Files.readString(file).trim().split("\n")) + "); its runs would not mix "
                    + "with new ones: run the sweep afresh in another folder");
        }
    }

    /** Refuses to resume a folder holding another part of the sweep (its rows would be cut). */
    private static void checkShard(Path out, Shard shard) throws IOException, SweepException {
        Path file = out.resolve(SweepFiles.SHARD);
        String recorded = Files.exists(file) ? Files.readString(file).trim()
                : Files.exists(out.resolve(SweepFiles.RUNS)) ? Shard.ALL.toString() : null;
        if (recorded != null && !recorded.equals(shard.toString())) {
            throw new SweepException(out + " holds " + (recorded.equals(Shard.ALL.toString()) ? "a whole sweep"
                    : "shard " + recorded) + ", not " + (shard.whole() ? "a whole sweep" : "shard " + shard)
                    + "; give the matching --shard, or another --out");
        }
    }

    /** The shard a sweep folder holds. */
    public static Shard shardOf(Path out) throws IOException {
        Path file = out.resolve(SweepFiles.SHARD);
        return Files.exists(file) ? Shard.parse(Files.readString(file)) : Shard.ALL;
    }

    private static FileLock tryLock(FileChannel channel, Path out) throws IOException, SweepException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new SweepException(out + " is being written by another sweep right now");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new SweepException(out + " is being written by another sweep in this process");
        }
    }

    private static void execute(LoadedExperiment experiment, RunPlan plan, Options options, long[] ids, int from)
            throws IOException, SweepException {
        ExperimentSpec spec = experiment.spec();
        RunExecutor executor = new RunExecutor(experiment, plan);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        int window = 2 * Math.max(1, options.threads()) + 2;
        Deque<Future<RunRecord>> inFlight = new ArrayDeque<>();
        try (AppendLog runs = AppendLog.open(options.out().resolve(SweepFiles.RUNS), SweepFiles.runsHeader(spec));
                AppendLog series = spec.timeseries() ? AppendLog.open(options.out().resolve(SweepFiles.TIMESERIES_PARTIAL),
                        SweepFiles.timeseriesHeader(spec)) : null) {
            int next = from;
            options.progress().update(from, ids.length);
            for (int written = from; written < ids.length; written++) {
                while (next < ids.length && next - written < window) {
                    RunPlan.Run run = plan.run(ids[next++]);
                    inFlight.add(pool.submit(() -> executor.execute(run)));
                }
                RunRecord record = await(inFlight.removeFirst());
                if (series != null) {
                    series.append(SweepFiles.timeseriesRows(record));
                }
                runs.append(java.util.List.of(SweepFiles.runsRow(record)));
                executor.forgetBefore(record.run().point());
                options.progress().update(written + 1L, ids.length);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunRecord await(Future<RunRecord> future) throws SweepException, IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof org.constellation.scenario.ScenarioException s) {
                throw new SweepException("a design point gives an invalid scenario: " + String.join("; ", s.problems()));
            }
            throw new IOException("a run failed: " + cause, cause);
        }
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Position of a run id among the sweep's ids, or ids.length if absent. */
    static int index(long[] ids, long id) {
        int i = Arrays.binarySearch(ids, id);
        return i < 0 ? ids.length : i;
    }
}
