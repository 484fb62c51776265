package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.Leftovers;
import org.constellation.experiment.OutputFolder;
import org.constellation.experiment.Provenance;
import org.constellation.experiment.sweep.Shard;
import org.constellation.scenario.ScenarioException;

/**
 * The folder of a calibration and where each batch's sweeps go. A calibration run on one machine works
 * in {@code DIR}: {@code DIR/batches/<batch>/<base scenario>/} is the sweep of that batch on that base
 * scenario. A calibration run in shards ({@code --shard I/N}) works in {@code DIR/shards/shard-I-of-N/},
 * which holds the same tree with shard I's part of every sweep; each shard reads the others' parts from
 * their folders. The final outputs go in {@code DIR}.
 */
final class CalibrationFolder {

    static final String COPY = "calibration.yaml";
    static final String ORIGIN = ".origin";
    static final String BATCHES = "batches";
    static final String SHARDS = "shards";

    private final Path out;
    private final Shard shard;

    private CalibrationFolder(Path out, Shard shard) {
        this.out = out;
        this.shard = shard;
    }

    /**
     * Prepares the folder for a calibration: refuses, before writing anything, one where writing is not
     * safe (a symbolic link, see {@link OutputFolder#refusal}), a run's or a sweep's results, files that
     * are not a calibration's, another calibration, runs of another version or of other scenario files, or
     * the other layout (whole or sharded); then removes what a killed process left and writes the copy of
     * the calibration file and the origin.
     */
    static CalibrationFolder prepare(LoadedCalibration calibration, Path out, Shard shard, boolean resume)
            throws IOException, CalibrationException {
        CalibrationFolder folder = new CalibrationFolder(out, shard);
        Path work = folder.work();
        checkTop(out);
        boolean sharded = Files.isDirectory(out.resolve(SHARDS), LinkOption.NOFOLLOW_LINKS);
        boolean whole = Files.isDirectory(out.resolve(BATCHES), LinkOption.NOFOLLOW_LINKS);
        if (shard.whole() && sharded || !shard.whole() && whole) {
            throw new CalibrationException(out + " holds a calibration run " + (sharded ? "in shards" : "on one machine")
                    + "; continue it the same way, or choose another --out");
        }
        OutputFolder w = work.equals(out) ? OutputFolder.inspect(out) : inspect(work);
        if (!w.entries().isEmpty()) {
            if (!Files.isRegularFile(work.resolve(COPY), LinkOption.NOFOLLOW_LINKS)) {
                throw new CalibrationException(work + " holds files that are not a calibration's ("
                        + OutputFolder.names(w.entries()) + "); choose another --out");
            }
            if (!resume) {
                throw new CalibrationException(work + " already holds a calibration; add --resume to continue it, "
                        + "or choose another --out");
            }
        }
        folder.checkCopy(calibration, false);
        folder.checkOrigin(calibration, false);
        try {
            Files.createDirectories(work);
        } catch (IOException | SecurityException e) {
            throw new CalibrationException(out + " is not writable (" + (e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : e.getMessage()) + "); choose another --out");
        }
        Leftovers.remove(out);
        Leftovers.remove(work);
        folder.checkCopy(calibration, true);
        folder.checkOrigin(calibration, true);
        return folder;
    }

    /**
     * Refuses an output folder that is unsafe, a run's or a sweep's, or one holding files but no calibration
     * (a calibration's folder may hold other files too: a calibration never replaces or deletes them).
     */
    private static void checkTop(Path out) throws IOException, CalibrationException {
        OutputFolder top = inspect(out);
        switch (top.kind()) {
            case RUN, SWEEP -> throw new CalibrationException(out + " holds a " + (top.kind() == OutputFolder.Kind.RUN
                    ? "run's" : "sweep's") + " results (" + OutputFolder.names(top.entries()) + "); a calibration never "
                    + "writes among them: choose another --out");
            case OTHER -> {
                if (!Files.isRegularFile(out.resolve(COPY), LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(out.resolve(SHARDS), LinkOption.NOFOLLOW_LINKS)) {
                    throw new CalibrationException(out + " holds files that are not a calibration's ("
                            + OutputFolder.names(top.entries()) + "); a calibration starts in a new or empty folder, "
                            + "and --resume continues one in the folder it started in: choose another --out");
                }
            }
            default -> {
                // absent or empty: a new calibration
            }
        }
    }

    /** What a folder of the calibration holds, refusing one where writing would not be safe. */
    private static OutputFolder inspect(Path dir) throws IOException, CalibrationException {
        OutputFolder f = OutputFolder.inspect(dir);
        if (f.refusal("--out").isPresent()) {
            throw new CalibrationException(f.refusal("--out").get());
        }
        return f;
    }

    /** Creates a folder of the calibration's tree, refusing a symbolic link (nothing is written through one). */
    static Path folder(Path dir) throws IOException, CalibrationException {
        if (Files.isSymbolicLink(dir) || Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir,
                LinkOption.NOFOLLOW_LINKS)) {
            throw new CalibrationException(dir + " is " + (Files.isSymbolicLink(dir) ? "a symbolic link" : "not a "
                    + "folder") + "; Constellation never writes through links or over what is not its own: fix that, "
                    + "or choose another --out");
        }
        return Files.createDirectories(dir);
    }

    /** Writes the copy of the calibration file beside the outputs (a sharded calibration keeps one per shard). */
    void copyBesideOutputs(LoadedCalibration calibration) throws IOException {
        if (!shard.whole()) {
            AtomicFile.write(out.resolve(COPY), calibration.text());
        }
    }

    /** Refuses a folder holding a calibration with other runs; with {@code write}, writes the copy. */
    private void checkCopy(LoadedCalibration calibration, boolean write) throws IOException, CalibrationException {
        Path copy = work().resolve(COPY);
        if (!write && Files.exists(copy)) {
            String old = Files.readString(copy, StandardCharsets.UTF_8);
            if (!old.equals(calibration.text())) {
                CalibrationSpec recorded;
                try {
                    recorded = CalibrationLoader.loadSpec(copy);
                } catch (ScenarioException e) {
                    throw new CalibrationException(copy + " cannot be read: " + String.join("; ", e.problems()));
                }
                if (!recorded.sameRuns(calibration.spec())) {
                    throw new CalibrationException(out + " holds a calibration with other runs or targets "
                            + "(scenarios, parameters, targets, distance, method or seed differ); it cannot be resumed "
                            + "with this one");
                }
            }
        }
        if (write) {
            AtomicFile.write(copy, calibration.text());
        }
    }

    /**
     * Base scenario files and version that started it: runs of others must not mix with its runs. Refuses
     * another origin; with {@code write}, records this one.
     */
    private void checkOrigin(LoadedCalibration calibration, boolean write) throws IOException, CalibrationException {
        StringBuilder b = new StringBuilder("version=" + Provenance.projectVersion() + "\n");
        calibration.spec().scenarioNames().forEach(n -> b.append("scenario.").append(n).append(".sha256=")
                .append(calibration.scenarios().get(n).sha256()).append('\n'));
        Path file = work().resolve(ORIGIN);
        if (!write && Files.exists(file) && !Files.readString(file).equals(b.toString())) {
            throw new CalibrationException(out + " was started with another version of a base scenario or of "
                    + "Constellation (" + String.join(", ", Files.readString(file).trim().split("\n")) + "); its runs "
                    + "would not mix with new ones: run the calibration afresh in another folder");
        }
        if (write) {
            AtomicFile.write(file, b.toString());
        }
    }

    /** Where the final outputs go. */
    Path out() {
        return out;
    }

    /** The shard this process runs. */
    Shard shard() {
        return shard;
    }

    /** Whether this process writes the final outputs: the whole calibration, or shard 1. */
    boolean writesOutputs() {
        return shard.index() == 1;
    }

    /** Where this process works: the folder, or its shard's folder. */
    Path work() {
        return shard.whole() ? out : shardFolder(shard);
    }

    /** A batch's folder in this process's tree (its parent created, never through a symbolic link). */
    Path batch(String name) throws IOException, CalibrationException {
        return folder(work().resolve(BATCHES)).resolve(name);
    }

    /** The sweep folders that together hold every run of a batch on a base scenario: one, or one per shard. */
    List<Path> sweeps(String batch, String scenario) {
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i <= shard.count(); i++) {
            Path root = shard.whole() ? out : shardFolder(new Shard(i, shard.count()));
            dirs.add(root.resolve(BATCHES).resolve(batch).resolve(scenario));
        }
        return dirs;
    }

    private Path shardFolder(Shard s) {
        return out.resolve(SHARDS).resolve(s.folderName());
    }
}
