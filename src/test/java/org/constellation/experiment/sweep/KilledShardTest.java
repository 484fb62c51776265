package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.constellation.support.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shard killed part-way (as by preemption or a time limit), started again with the same command,
 * does only what it lacks; merged with the other shards it gives the outputs of an unsharded sweep.
 */
class KilledShardTest {

    private static final String EXPERIMENT = Sweeps.SMALL.replace("steps: 8", "steps: 40")
            .replace("replications: 2", "replications: 6");

    @TempDir
    Path tmp;

    @Test
    void aKilledShardRestartedAndMergedMatchesAWholeSweep() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, EXPERIMENT);
        Sweeps.complete(e, tmp.resolve("whole"), 2, false);
        Path file = tmp.resolve("experiment.in.yaml");
        Path shards = tmp.resolve("merged/shards");
        for (int i : new int[] {1, 3}) {
            assertThat(cli("sweep", file.toString(), "--shard", i + "/3", "--out", shards.resolve("s" + i).toString(),
                    "--threads", "1", "--resume").waitFor()).isZero();
        }
        Path killed = shards.resolve("s2");
        Process p = start("sweep", file.toString(), "--shard", "2/3", "--out", killed.toString(), "--threads", "1",
                "--resume");
        long rows = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && rows < 3 && System.nanoTime() < deadline) {
            Path runs = killed.resolve("runs.csv");
            rows = Files.exists(runs) ? Files.readAllLines(runs).size() - 1L : 0;
            Thread.sleep(2);
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(rows).as("killed part-way through its 8 runs").isBetween(1L, 7L);
        assertThat(Files.exists(killed.resolve("manifest.json"))).isFalse();
        assertThat(cli("sweep", file.toString(), "--shard", "2/3", "--out", killed.toString(), "--threads", "1",
                "--resume").waitFor()).isZero();
        assertThat(cli("merge", shards.resolve("s1").toString(), killed.toString(), shards.resolve("s3").toString())
                .waitFor()).isZero();
        assertThat(Sweeps.outputs(tmp.resolve("merged"))).isEqualTo(Sweeps.outputs(tmp.resolve("whole")));
    }

    private static Process cli(String... args) throws Exception {
        Process p = start(args);
        p.waitFor(120, TimeUnit.SECONDS);
        return p;
    }

    private static Process start(String... args) throws Exception {
        return CliProcess.start(args);
    }
}
