package org.constellation.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.constellation.experiment.sweep.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration's --out follows the rules of every results folder: never a run's or a sweep's results,
 * never through a symbolic link, and whatever it refuses is left exactly as it was.
 */
class CalibrationFolderTest {

    @TempDir
    Path tmp;

    private CalibrationException refused(Path out, Shard shard) throws Exception {
        LoadedCalibration c = Calibrations.load(tmp, Calibrations.SMALL);
        CalibrationException e = catchThrowableOfType(() -> Calibrations.run(c, out, 1, true, shard),
                CalibrationException.class);
        assertThat(e).as("expected the folder to be refused").isNotNull();
        return e;
    }

    private static List<String> tree(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p) + (Files.isSymbolicLink(p) ? "@" : "")).sorted().toList();
        }
    }

    @Test
    void aRunsOrASweepsResultsAreRefusedUntouched() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("manifest.json"), "{\"kind\": \"run\"}");
        Files.writeString(run.resolve("summary.csv"), "metric,final\n");
        assertThat(refused(run, Shard.ALL).getMessage()).contains("run's results").contains("--out");
        assertThat(tree(run)).containsExactly("", "manifest.json", "summary.csv");
        Path sweep = Files.createDirectories(tmp.resolve("sweep"));
        Files.writeString(sweep.resolve("experiment.yaml"), "name: x\n");
        assertThat(refused(sweep, Shard.ALL).getMessage()).contains("sweep's results");
        assertThat(refused(sweep, new Shard(1, 2)).getMessage()).contains("sweep's results");
        assertThat(tree(sweep)).containsExactly("", "experiment.yaml");
    }

    @Test
    void nothingIsWrittenThroughASymbolicLink() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), elsewhere);
        assertThat(refused(link, Shard.ALL).getMessage()).contains("symbolic link");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("calibration.yaml"), Calibrations.SMALL);
        Files.createSymbolicLink(out.resolve("batches"), elsewhere);
        assertThat(refused(out, Shard.ALL).getMessage()).contains("symbolic link");
        Path sharded = Files.createDirectories(tmp.resolve("sharded/shards"));
        Files.createSymbolicLink(sharded.resolve("shard-1-of-2"), elsewhere);
        assertThat(refused(sharded.getParent(), new Shard(1, 2)).getMessage()).contains("symbolic link");
        assertThat(tree(elsewhere)).containsExactly("");
        assertThat(tree(out)).containsExactly("", "batches@", "calibration.yaml");
    }
}
