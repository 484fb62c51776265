package org.constellation.experiment.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.constellation.experiment.Json;

/**
 * One shard's folder, as {@link SweepMerge} reads it: its experiment text, which shard it holds, its
 * manifest (written when it finished) and its recorded runs.
 *
 * @param dir the folder
 * @param experiment the text of its experiment.yaml
 * @param shard the shard it holds
 * @param manifest its manifest, or null if it has not finished
 */
record ShardFolder(Path dir, String experiment, Shard shard, Map<String, Object> manifest) {

    static ShardFolder open(Path dir) throws IOException, SweepException {
        Path copy = dir.resolve(SweepFiles.EXPERIMENT);
        if (!Files.isRegularFile(copy)) {
            throw new SweepException(dir + " is not a sweep or shard folder: it has no " + SweepFiles.EXPERIMENT);
        }
        Path manifest = dir.resolve(SweepFiles.MANIFEST);
        return new ShardFolder(dir, Files.readString(copy, StandardCharsets.UTF_8), Sweep.shardOf(dir),
                Files.isRegularFile(manifest) ? Json.read(manifest) : null);
    }

    /** The tool that wrote it: version, commit, Java and MASON, as its manifest records them. */
    Object tool() {
        return manifest == null ? null : manifest.get("constellation");
    }

    /** Its runs.csv, positioned after the header, which must be {@code header}. */
    BufferedReader runs(String header) throws IOException, SweepException {
        return open(dir.resolve(SweepFiles.RUNS), header);
    }

    /** Its counterfactual-runs.csv, positioned after the header. */
    BufferedReader counterfactualRuns(String header) throws IOException, SweepException {
        return open(dir.resolve(CounterfactualRuns.FILE), header);
    }

    /** Its time series (compressed, or still partial if it was stopped before compressing it). */
    BufferedReader timeseries(String header) throws IOException, SweepException {
        Path gz = dir.resolve(SweepFiles.TIMESERIES);
        return open(Files.exists(gz) ? gz : dir.resolve(SweepFiles.TIMESERIES_PARTIAL), header);
    }

    private static BufferedReader open(Path file, String header) throws IOException, SweepException {
        if (!Files.exists(file)) {
            throw new SweepException(file + " is missing");
        }
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String first = reader.readLine();
        if (!header.equals(first)) {
            reader.close();
            throw new SweepException(file + " was written by a different experiment or version (its header differs)");
        }
        return reader;
    }
}
