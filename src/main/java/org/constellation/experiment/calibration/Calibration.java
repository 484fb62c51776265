package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.constellation.experiment.Provenance;
import org.constellation.experiment.sweep.RunStatistics;
import org.constellation.experiment.sweep.Shard;
import org.constellation.scenario.ScenarioLibrary;

/**
 * Runs (or resumes) a calibration: ABC-SMC or rejection through {@link SweepSimulator}, then the posterior
 * predictive check, then its data outputs ({@link CalibrationOutputs}). Everything it decides follows from
 * the calibration file and the runs recorded, so after a crash or kill it is started again with
 * {@code resume}: complete batches are read back, a half-done one is resumed by its sweep, and the
 * outputs are those of a calibration never interrupted. The results are the same for any number of
 * threads, and in shards.
 */
public final class Calibration {

    /**
     * How to run.
     *
     * @param out the calibration's folder
     * @param threads worker threads
     * @param resume continue a calibration already in {@code out}
     * @param shard the part of every batch this process runs ({@link Shard#ALL}: all)
     * @param home the Constellation home (provenance)
     * @param library where scenario names are looked up
     * @param listener hears the progress
     * @param poll how often a shard looks whether the others are done
     * @param statistics computes the run statistics of compare-3w targets ({@link RunStatistics#NONE} if none)
     */
    public record Options(Path out, int threads, boolean resume, Shard shard, Path home, ScenarioLibrary library,
            CalibrationListener listener, Duration poll, RunStatistics statistics) {

        /** Options for a calibration without compare-3w targets. */
        public Options(Path out, int threads, boolean resume, Shard shard, Path home, ScenarioLibrary library,
                CalibrationListener listener, Duration poll) {
            this(out, threads, resume, shard, home, library, listener, poll, RunStatistics.NONE);
        }
    }

    /**
     * What happened.
     *
     * @param result the posterior and how it was reached
     * @param predictive the posterior predictive check
     * @param executed runs executed by this process now (others were resumed, or run by other shards)
     * @param outputs the data files written into the folder (none for shards other than 1)
     */
    public record Outcome(CalibrationResult result, PredictiveCheck predictive, long executed, List<String> outputs) {
    }

    private Calibration() {
    }

    /** Runs or resumes a calibration and writes its data outputs (shard 1 does, when sharded). */
    public static Outcome run(LoadedCalibration calibration, Options o) throws IOException, CalibrationException {
        CalibrationFolder folder = CalibrationFolder.prepare(calibration, o.out(), o.shard(), o.resume());
        try (FileChannel channel = FileChannel.open(folder.work().resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS); FileLock lock = lock(channel, folder.work())) {
            SweepSimulator simulator = new SweepSimulator(calibration, folder, new BatchSweep.Run(o.threads(),
                    o.shard(), o.library(), Provenance.collect(o.home()), o.statistics()), o.listener(), o.poll());
            CalibrationSpec spec = calibration.spec();
            CalibrationResult result = spec.method().smc() ? new AbcSmc(spec, simulator, o.listener()).run()
                    : new RejectionAbc(spec, simulator, o.listener()).run();
            PredictiveCheck predictive = PredictiveCheck.run(spec, result.posterior(), simulator, o.listener());
            List<String> outputs = List.of();
            if (folder.writesOutputs()) {
                folder.copyBesideOutputs(calibration);
                outputs = CalibrationOutputs.write(o.out(), calibration, result, predictive);
            }
            return new Outcome(result, predictive, simulator.executed(), outputs);
        }
    }

    private static FileLock lock(FileChannel channel, Path work) throws IOException, CalibrationException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new CalibrationException(work + " is being written by another calibration right now");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new CalibrationException(work + " is being written by another calibration in this process");
        }
    }
}
