package org.constellation.experiment.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.OutputFolder;
import org.constellation.experiment.Provenance;
import org.constellation.scenario.ScenarioException;

/**
 * What a sweep checks before it writes anything in its folder, and what it records there first. A
 * sweep starts in a new or empty folder (or one holding only its shards and SLURM files, which it
 * leaves alone, or only the lock of a sweep killed as it started); with {@code resume} it continues one it started, of the same
 * experiment, base scenario, version and shard. Anything else (a run's results, files of another
 * program, a symbolic link) is refused, and the folder is left exactly as it was.
 */
final class SweepStart {

    private SweepStart() {
    }

    /** Refuses a folder the sweep must not write to; reads only. */
    static void check(LoadedExperiment experiment, Path out, boolean resume, Shard shard)
            throws IOException, SweepException {
        OutputFolder folder = inspect(out);
        if (folder.kind() == OutputFolder.Kind.OTHER
                && folder.besidesShards().stream().allMatch(SweepFiles.LOCK::equals)) {
            return;
        }
        switch (folder.kind()) {
            case NONE -> {
                return;
            }
            case RUN -> throw new SweepException(out + " holds a run's results (" + OutputFolder.names(folder.entries())
                    + "); a sweep never writes among them: choose another --out");
            case OTHER -> throw new SweepException(out + " holds files that are not a sweep's (" + OutputFolder.names(
                    folder.entries()) + "); a sweep starts in a new or empty folder, and --resume continues one in the "
                    + "folder it started in: choose another --out");
            default -> {
                if (!resume) {
                    throw new SweepException(out + " already holds a sweep" + (finished(folder) ? " (finished)" : "")
                            + "; add --resume to continue it, or choose another --out");
                }
            }
        }
        Path copy = out.resolve(SweepFiles.EXPERIMENT);
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            throw new SweepException(out + " holds a sweep manifest but not its " + SweepFiles.EXPERIMENT
                    + ", so it cannot be resumed: run the sweep afresh in another folder");
        }
        sameRuns(copy, experiment.spec(), out);
        checkOrigin(out, experiment, folder.manifest());
        checkShard(out, shard);
        PosteriorDraws.checkRecorded(out, experiment.spec());
        checkHeader(out.resolve(SweepFiles.RUNS), SweepFiles.runsHeader(experiment.spec()));
        checkHeader(out.resolve(CounterfactualRuns.FILE), SweepFiles.runsHeader(experiment.spec()));
        checkHeader(out.resolve(SweepFiles.TIMESERIES_PARTIAL), SweepFiles.timeseriesHeader(experiment.spec()));
    }

    /** What a sweep's folder holds, refusing one where writing would not be safe (see {@link OutputFolder#refusal}). */
    static OutputFolder inspect(Path out) throws IOException, SweepException {
        OutputFolder folder = OutputFolder.inspect(out);
        if (folder.refusal("--out").isPresent()) {
            throw new SweepException(folder.refusal("--out").get());
        }
        return folder;
    }

    private static boolean finished(OutputFolder folder) {
        return "complete".equals(folder.manifest().get("status"));
    }

    /** Records the experiment, its origin, the shard, the points and any posterior draws, where not recorded yet. */
    static void record(LoadedExperiment experiment, RunPlan plan, Path out, Shard shard) throws IOException,
            SweepException {
        Path copy = out.resolve(SweepFiles.EXPERIMENT);
        if (Files.exists(copy)) {
            Sweep.refreshCopy(copy, experiment.text(), experiment.spec(), out);
        } else {
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

    static void sameRuns(Path copy, ExperimentSpec spec, Path out) throws SweepException {
        ExperimentSpec recorded;
        try {
            recorded = ExperimentLoader.loadSpec(copy);
        } catch (ScenarioException e) {
            throw new SweepException(copy + " cannot be read: " + String.join("; ", e.problems()));
        }
        if (!recorded.sameRuns(spec)) {
            throw new SweepException(out + " holds a sweep of an experiment with other runs (factors, design, seed, "
                    + "steps, base scenario or metrics differ); it cannot be resumed with this one");
        }
    }

    /** The base scenario's hash and the version that started the sweep: runs of others must not mix with its rows. */
    private static String origin(LoadedExperiment experiment) {
        return origin(experiment.scenarioSha256(), Provenance.projectVersion());
    }

    private static String origin(Object scenarioSha, Object version) {
        return "scenario_sha256=" + scenarioSha + "\nversion=" + version + "\n";
    }

    /** The origin a folder records: its .origin file while it runs, its manifest once finished. */
    @SuppressWarnings("unchecked")
    private static String recordedOrigin(Path out, Map<String, Object> manifest) throws IOException {
        Path file = out.resolve(SweepFiles.ORIGIN);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (manifest.get("scenario") instanceof Map<?, ?> s && manifest.get("constellation") instanceof Map<?, ?> c) {
            return origin(((Map<String, Object>) s).get("sha256"), ((Map<String, Object>) c).get("version"));
        }
        return null;
    }

    private static void checkOrigin(Path out, LoadedExperiment experiment, Map<String, Object> manifest)
            throws IOException, SweepException {
        String recorded = recordedOrigin(out, manifest);
        if (recorded != null && !recorded.equals(origin(experiment))) {
            throw new SweepException(out + " was started with another version of the base scenario or of Constellation "
                    + "(" + String.join(", ", recorded.trim().split("\n")) + "); its runs would not mix with new ones: "
                    + "run the sweep afresh in another folder");
        }
    }

    /** Refuses to resume a folder holding another part of the sweep (its rows would be cut). */
    private static void checkShard(Path out, Shard shard) throws IOException, SweepException {
        boolean recordedAny = Files.exists(out.resolve(SweepFiles.SHARD)) || Files.exists(out.resolve(SweepFiles.RUNS));
        Shard recorded = Sweep.shardOf(out);
        if (recordedAny && !recorded.equals(shard)) {
            throw new SweepException(out + " holds " + (recorded.whole() ? "a whole sweep" : "shard " + recorded)
                    + ", not " + (shard.whole() ? "a whole sweep" : "shard " + shard)
                    + "; give the matching --shard, or another --out");
        }
    }

    /**
     * Refuses a record file whose first line is not the expected header (or the start of it, if the sweep
     * was killed while writing it); reads only that far.
     */
    private static void checkHeader(Path file, String header) throws IOException, SweepException {
        if (!Files.exists(file)) {
            return;
        }
        byte[] expected = (header + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] start;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            start = in.readNBytes(expected.length);
        }
        if (!Arrays.equals(start, Arrays.copyOf(expected, start.length))) {
            throw new SweepException(file + " was written by a different experiment or version (its header differs); "
                    + "run the sweep afresh in another folder");
        }
    }
}
