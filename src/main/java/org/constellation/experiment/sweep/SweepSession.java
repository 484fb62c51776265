package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constellation.experiment.Leftovers;
import org.constellation.scenario.ScenarioException;

/**
 * One sweep command's work in its folder, which it holds locked (a {@code .lock} file) from start to
 * end so that no other sweep writes there meanwhile: the runs ({@link #execute}), then whatever the
 * command derives from them, then {@link #finish}, after which a whole sweep's folder keeps no trace of
 * the work (no {@code .lock}, {@code .origin} or {@code shard.txt}; its manifest says what they said).
 */
public final class SweepSession implements AutoCloseable {

    private final LoadedExperiment experiment;
    private final RunPlan plan;
    private final Sweep.Options options;
    private final FileChannel channel;
    private final FileLock lock;
    private long[] ids;
    private long recorded;
    private boolean finished;

    private SweepSession(LoadedExperiment experiment, RunPlan plan, Sweep.Options options, FileChannel channel,
            FileLock lock) {
        this.experiment = experiment;
        this.plan = plan;
        this.options = options;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates and locks the folder, removes what killed processes left, and records the sweep. */
    static SweepSession start(LoadedExperiment experiment, RunPlan plan, Sweep.Options options)
            throws IOException, SweepException {
        Path out = options.out();
        FileChannel channel;
        try {
            Files.createDirectories(out);
            channel = FileChannel.open(out.resolve(SweepFiles.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new SweepException(out + " cannot be written: " + reason(e));
        }
        SweepSession session = null;
        try {
            session = new SweepSession(experiment, plan, options, channel, tryLock(channel, out));
            Leftovers.remove(out);
            SweepStart.record(experiment, plan, out, options.shard());
            session.keepRecorded();
            return session;
        } finally {
            if (session == null) {
                channel.close();
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
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

    /**
     * Keeps every complete recorded run (cutting any half-written one, and any run whose counterfactual
     * is not recorded) and counts them.
     */
    private void keepRecorded() throws IOException {
        ExperimentSpec spec = experiment.spec();
        Path out = options.out();
        long[] mine = options.shard().ids(plan);
        long runs = AppendLog.truncateAfter(out.resolve(SweepFiles.RUNS), SweepFiles.runsHeader(spec),
                new RowCheck(mine, spec, plan));
        long done = CounterfactualRuns.truncate(out, spec, plan, mine, runs);
        AppendLog.truncateAfter(out.resolve(SweepFiles.TIMESERIES_PARTIAL), SweepFiles.timeseriesHeader(spec),
                line -> line.indexOf(',') > 0 && Sweep.index(mine, parse(line.substring(0, line.indexOf(',')))) < done);
        ids = mine;
        recorded = done;
    }

    /** The run ids of this sweep (or shard), ascending. */
    public long[] ids() {
        return ids.clone();
    }

    /** How many of them were already recorded when the session started. */
    public long recorded() {
        return recorded;
    }

    /** Executes the runs not yet recorded. */
    public Sweep.Outcome execute() throws IOException, SweepException {
        if (recorded < ids.length) {
            run(ids, Math.toIntExact(recorded));
        }
        return new Sweep.Outcome(ids.length, recorded, ids.length - recorded);
    }

    private void run(long[] ids, int from) throws IOException, SweepException {
        ExperimentSpec spec = experiment.spec();
        RunExecutor executor = new RunExecutor(experiment, plan);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        int window = 2 * Math.max(1, options.threads()) + 2;
        Deque<Future<RunRecord>> inFlight = new ArrayDeque<>();
        try (AppendLog runs = AppendLog.open(options.out().resolve(SweepFiles.RUNS), SweepFiles.runsHeader(spec));
                AppendLog series = spec.timeseries() ? AppendLog.open(options.out().resolve(
                        SweepFiles.TIMESERIES_PARTIAL), SweepFiles.timeseriesHeader(spec)) : null;
                AppendLog counterfactual = CounterfactualRuns.open(options.out(), spec)) {
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
                if (counterfactual != null) {
                    counterfactual.append(List.of(SweepFiles.runsRow(record.counterfactual())));
                }
                runs.append(List.of(SweepFiles.runsRow(record)));
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
            if (cause instanceof ScenarioException s) {
                throw new SweepException("a design point gives an invalid scenario: "
                        + String.join("; ", s.problems()));
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

    /**
     * Marks the work done, once the command has written every output: a whole sweep's folder drops its
     * {@code .origin} and {@code shard.txt} now (a shard keeps them, for {@code merge} and a later
     * {@code --resume}), and either drops its {@code .lock} when the session closes.
     */
    public void finish() throws IOException {
        if (options.shard().whole()) {
            Files.deleteIfExists(options.out().resolve(SweepFiles.ORIGIN));
            Files.deleteIfExists(options.out().resolve(SweepFiles.SHARD));
        }
        finished = true;
    }

    /** Releases the lock (deleting the lock file first if the work is finished). */
    @Override
    public void close() throws IOException {
        try {
            if (finished) {
                Files.deleteIfExists(options.out().resolve(SweepFiles.LOCK));
            }
            lock.release();
        } finally {
            channel.close();
        }
    }
}
