package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.constellation.experiment.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards partition the runs evenly and deterministically; merged shards equal an unsharded sweep. */
class ShardTest {

    @TempDir
    Path tmp;

    @Test
    void shardsPartitionEveryRunOnceAndEvenly() throws Exception {
        RunPlan plan = new RunPlan(Sweeps.load(tmp, Sweeps.SMALL).spec());
        Set<Long> seen = new HashSet<>();
        for (int i = 1; i <= 3; i++) {
            long[] ids = new Shard(i, 3).ids(plan);
            assertThat(ids.length).isBetween(2, 3);
            for (long id : ids) {
                assertThat(seen.add(id)).as("run %d in two shards", id).isTrue();
            }
            assertThat(ids).isSorted();
        }
        assertThat(seen).hasSize(8);
        assertThat(Shard.ALL.ids(plan)).hasSize(8);
    }

    @Test
    void shardsBalanceRunsOfDifferentLengthByTheirSteps() throws Exception {
        RunPlan plan = new RunPlan(Sweeps.load(tmp, """
                name: lengths
                scenario: sahel
                factors:
                  - {name: steps, path: steps, values: [10, 100, 20, 40, 80, 5, 60, 30]}
                design: {type: grid}
                replications: 3
                """).spec());
        double[] cost = new double[4];
        for (int i = 1; i <= 4; i++) {
            for (long id : new Shard(i, 4).ids(plan)) {
                cost[i - 1] += plan.expectedCost(plan.run(id).point());
            }
        }
        double max = java.util.Arrays.stream(cost).max().orElseThrow();
        double min = java.util.Arrays.stream(cost).min().orElseThrow();
        assertThat(max - min).as("shard costs %s", java.util.Arrays.toString(cost)).isLessThanOrEqualTo(100);
    }

    @Test
    void aShardIsWrittenOnlyToItsOwnFolder() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        RunPlan plan = new RunPlan(e.spec());
        Path out = tmp.resolve("s1");
        Sweep.run(e, plan, new Sweep.Options(out, 2, false, new Shard(1, 3), Progress.NONE));
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        assertThatThrownBy(() -> Sweep.run(e, plan, new Sweep.Options(out, 2, true, new Shard(2, 3), Progress.NONE)))
                .isInstanceOf(SweepException.class).hasMessageContaining("holds shard 1/3");
        assertThatThrownBy(() -> Sweep.run(e, plan, new Sweep.Options(out, 2, true, Shard.ALL, Progress.NONE)))
                .isInstanceOf(SweepException.class).hasMessageContaining("not a whole sweep");
        assertThat(Files.readAllBytes(out.resolve("runs.csv"))).isEqualTo(runs);
    }

    @Test
    void mergedShardsEqualAnUnshardedSweepAndBadSetsAreRefused() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        RunPlan plan = new RunPlan(e.spec());
        Sweeps.complete(e, tmp.resolve("whole"), 2, false);
        Path[] shards = new Path[3];
        for (int i = 1; i <= 3; i++) {
            shards[i - 1] = tmp.resolve("shards/s" + i);
            Sweep.run(e, plan, new Sweep.Options(shards[i - 1], 1, false, new Shard(i, 3), Progress.NONE));
            SweepOutputs.compressTimeseries(shards[i - 1]);
            Files.writeString(shards[i - 1].resolve("manifest.json"), "{\"constellation\": {\"version\": \"x\"}}");
        }
        assertThatThrownBy(() -> SweepMerge.merge(java.util.List.of(shards[0], shards[2]), tmp.resolve("m")))
                .isInstanceOf(SweepException.class).hasMessageContaining("missing 3 of 8 runs (run ids 1, 4, 7)")
                .hasMessageContaining("shard 2/3 is not among the folders given");
        assertThatThrownBy(() -> SweepMerge.merge(java.util.List.of(shards[0], shards[0], shards[2]),
                tmp.resolve("m"))).isInstanceOf(SweepException.class).hasMessageContaining("given twice");
        Files.writeString(shards[1].resolve("manifest.json"), "{\"constellation\": {\"version\": \"y\"}}");
        assertThatThrownBy(() -> SweepMerge.merge(java.util.List.of(shards), tmp.resolve("m")))
                .isInstanceOf(SweepException.class).hasMessageContaining("different versions");
        Files.writeString(shards[1].resolve("manifest.json"), "{\"constellation\": {\"version\": \"x\"}}");
        LoadedExperiment other = Sweeps.load(tmp.resolve("shards"), Sweeps.SMALL.replace("seed: 11", "seed: 12"));
        Path foreign = tmp.resolve("foreign");
        Sweep.run(other, new RunPlan(other.spec()), new Sweep.Options(foreign, 1, false, new Shard(2, 3),
                Progress.NONE));
        assertThatThrownBy(() -> SweepMerge.merge(java.util.List.of(shards[0], foreign, shards[2]), tmp.resolve("m")))
                .isInstanceOf(SweepException.class).hasMessageContaining("different experiment files");
        assertThat(tmp.resolve("m")).doesNotExist();

        Path merged = tmp.resolve("merged");
        SweepMerge.merge(java.util.List.of(shards[2], shards[0], shards[1]), merged);
        SweepOutputs.compressTimeseries(merged);
        SweepOutputs.summarize(merged, e.spec());
        Map<String, String> whole = Sweeps.outputs(tmp.resolve("whole"));
        assertThat(Sweeps.outputs(merged)).isEqualTo(whole);
        assertThat(Files.readAllBytes(merged.resolve("timeseries.csv.gz")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("whole/timeseries.csv.gz")));
    }
}
