package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.AtomicFile;
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
     * Prepares the folder for a calibration: refuses one that holds something else, another calibration,
     * runs of another version or of other scenario files, or the other layout (whole or sharded); writes
     * the copy of the calibration file and the origin.
     */
    static CalibrationFolder prepare(LoadedCalibration calibration, Path out, Shard shard, boolean resume)
            throws IOException, CalibrationException {
        CalibrationFolder folder = new CalibrationFolder(out, shard);
        Path work = folder.work();
        boolean sharded = Files.isDirectory(out.resolve(SHARDS));
        boolean whole = Files.isDirectory(out.resolve(BATCHES));
        if (shard.whole() && sharded || !shard.whole() && whole) {
            throw new CalibrationException(out + " holds a calibration run " + (sharded ? "in shards" : "on one machine")
                    + "; continue it the same way, or choose another --out");
        }
        if (Files.isDirectory(work) && !empty(work)) {
            if (!Files.exists(work.resolve(COPY))) {
                throw new CalibrationException(work + " holds files that are not a calibration's; choose another --out");
            }
            if (!resume) {
                throw new CalibrationException(work + " already holds a calibration; add --resume to continue it, "
                        + "or choose another --out");
            }
        }
        Files.createDirectories(work);
        folder.checkCopy(calibration);
        folder.checkOrigin(calibration);
        return folder;
    }

    private static boolean empty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Writes the copy of the calibration file beside the outputs (a sharded calibration keeps one per shard). */
    void copyBesideOutputs(LoadedCalibration calibration) throws IOException {
        if (!shard.whole()) {
            AtomicFile.write(out.resolve(COPY), calibration.text());
        }
    }

    private void checkCopy(LoadedCalibration calibration) throws IOException, CalibrationException {
        Path copy = work().resolve(COPY);
        if (Files.exists(copy)) {
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
        AtomicFile.write(copy, calibration.text());
    }

    /** Base scenario files and version that started it: runs of others must not mix with its runs. */
    private void checkOrigin(LoadedCalibration calibration) throws IOException, CalibrationException {
        StringBuilder b = new StringBuilder("version=" + Provenance.projectVersion() + "\n");
        calibration.spec().scenarioNames().forEach(n -> b.append("scenario.").append(n).append(".sha256=")
                .append(calibration.scenarios().get(n).sha256()).append('\n'));
        Path file = work().resolve(ORIGIN);
        if (Files.exists(file) && !Files.readString(file).equals(b.toString())) {
            throw new CalibrationException(out + " was started with another version of a base scenario or of "
                    + "Constellation (" + String.join(", ", Files.readString(file).trim().split("\n")) + "); its runs "
                    + "would not mix with new ones: run the calibration afresh in another folder");
        }
        AtomicFile.write(file, b.toString());
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

    /** A batch's folder in this process's tree. */
    Path batch(String name) {
        return work().resolve(BATCHES).resolve(name);
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
