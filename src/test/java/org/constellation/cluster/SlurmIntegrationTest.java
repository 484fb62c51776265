package org.constellation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.constellation.cli.Main;
import org.constellation.support.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real single-node SLURM started for the test: {@code constellation slurm --submit} runs an
 * experiment as a job array of three shards plus a merge job, and the merged outputs equal those
 * of a local sweep of the same file. Skipped, with the reason, where SLURM cannot be set up.
 */
class SlurmIntegrationTest {

    static final String EXPERIMENT = """
            name: on-slurm
            scenario: sahel
            steps: 10
            replications: 3
            seed: 5
            timeseries: true
            metrics: [redundant_effort, coverage_by_need, unmet_need]
            factors:
              - {name: sharing, path: coordination.sharing, values: [siloed, open]}
              - {name: saturation, path: parameters.effects.saturation, min: 1, max: 4}
            design: {type: grid, levels: 2}
            """;

    @TempDir
    Path tmp;

    @Test
    void anArrayJobAndItsMergeGiveTheOutputsOfALocalSweep() throws Exception {
        String why = LocalSlurm.unavailable();
        assumeTrue(why == null, why);
        Path file = tmp.resolve("on-slurm.yaml");
        Files.writeString(file, EXPERIMENT);
        Path local = tmp.resolve("local");
        assertThat(Main.execute(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(
                System.err, true), "sweep", file.toString(), "--out", local.toString(), "--threads", "2")).isZero();
        Path cluster = tmp.resolve("cluster");
        try (LocalSlurm slurm = LocalSlurm.start()) {
            String submitted = cli(slurm, "slurm", file.toString(), "--tasks", "3", "--out", cluster.toString(),
                    "--time", "00:10:00", "--submit");
            assertThat(submitted).contains("submitted array job").contains("merge job");
            waitForMerge(slurm, cluster);
        }
        assertThat(outputs(cluster)).isEqualTo(outputs(local));
        try (Stream<Path> shards = Files.list(cluster.resolve("shards"))) {
            assertThat(shards.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("shard-1-of-3", "shard-2-of-3", "shard-3-of-3");
        }
    }

    /** Runs the command line in its own JVM with the cluster's environment; returns its output. */
    private static String cli(LocalSlurm slurm, String... args) throws Exception {
        Process p = CliProcess.builder(slurm.environment(), args).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }

    private static void waitForMerge(LocalSlurm slurm, Path cluster) throws Exception {
        Path manifest = cluster.resolve("manifest.json");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!(Files.exists(manifest) && slurm.client("squeue", "-h").isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the merge did not finish in 10 minutes; queue:\n" + slurm.client("squeue")
                        + "\nlogs: " + logs(cluster) + "\n" + slurm.logs());
            }
            Thread.sleep(1000);
        }
    }

    private static String logs(Path cluster) throws IOException {
        StringBuilder b = new StringBuilder();
        Path dir = cluster.resolve("slurm").resolve("logs");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> logs = Files.list(dir)) {
                for (Path p : logs.sorted().toList()) {
                    b.append("\n--- ").append(p.getFileName()).append('\n').append(Files.readString(p));
                }
            }
        }
        return b.toString();
    }

    /** The outputs that must not depend on where the runs ran (the manifest differs only in timing). */
    static Map<String, String> outputs(Path dir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : new String[] {"runs.csv", "summary.csv", "points.csv", "experiment.yaml", "prcc.csv"}) {
            Path p = dir.resolve(name);
            files.put(name, Files.exists(p) ? Files.readString(p) : "(absent)");
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("timeseries.csv.gz")))) {
            files.put("timeseries.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
            for (Path p : charts.sorted().toList()) {
                files.put("charts/" + p.getFileName(), Integer.toHexString(java.util.Arrays.hashCode(
                        Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
