package org.constellation.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.sweep.Shard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration gives the same posterior, particles, generations and predictive check for any number of
 * threads and when run in shards, each shard a process of its own that reads the others' runs.
 */
class CalibrationDeterminismTest {

    @TempDir
    static Path tmp;
    static LoadedCalibration calibration;
    static Map<String, String> reference;

    @BeforeAll
    static void runOnOneThread() throws Exception {
        calibration = Calibrations.load(tmp, Calibrations.SMALL);
        Calibrations.run(calibration, tmp.resolve("one"), 1, false, Shard.ALL);
        reference = Calibrations.outputs(tmp.resolve("one"));
    }

    @Test
    void theOutputsAreThoseOfACalibration() throws Exception {
        CsvTable posterior = CsvTable.read(tmp.resolve("one/posterior.csv"));
        assertThat(posterior.header()).containsExactly("particle", "generation", "weight", "distance",
                "parameters.beliefs.activity_visibility", "parameters.planning.known_plan_memory");
        assertThat(posterior.rows()).hasSize(10);
        double sum = posterior.rows().stream().mapToDouble(r -> Double.parseDouble(r.get(2))).sum();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        CsvTable generations = CsvTable.read(tmp.resolve("one/generations.csv"));
        assertThat(generations.rows()).hasSize(3);
        assertThat(CsvTable.read(tmp.resolve("one/predictive.csv")).rows()).hasSize(2);
        assertThat(tmp.resolve("one/batches/g00-b000/open/runs.csv")).isRegularFile();
        assertThat(tmp.resolve("one/batches/predictive/siloed/manifest.json")).isRegularFile();
        assertThat(Files.readString(tmp.resolve("one/calibrated/open.yaml"))).contains("extends:")
                .contains("activity_visibility:").contains("known_plan_memory:");
    }

    @Test
    void twoThreadsGiveTheSameOutputs() throws Exception {
        Calibrations.run(calibration, tmp.resolve("two"), 2, false, Shard.ALL);
        assertThat(Calibrations.outputs(tmp.resolve("two"))).isEqualTo(reference);
    }

    @Test
    void threeShardsRunningTogetherGiveTheSameOutputs() throws Exception {
        Path out = tmp.resolve("sharded");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Calibration.Outcome>> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Shard shard = new Shard(i, 3);
            shards.add(pool.submit(() -> Calibrations.run(calibration, out, 1, true, shard)));
        }
        long executed = 0;
        for (Future<Calibration.Outcome> f : shards) {
            executed += f.get(10, TimeUnit.MINUTES).executed();
        }
        pool.shutdown();
        assertThat(Calibrations.outputs(out)).isEqualTo(reference);
        assertThat(out.resolve("shards/shard-2-of-3/batches/g00-b000/open/runs.csv")).isRegularFile();
        assertThat(out.resolve("batches")).doesNotExist();
        assertThat(out.resolve("calibration.yaml")).hasContent(Calibrations.SMALL);
        long total = CsvTable.read(tmp.resolve("one/generations.csv")).rows().stream()
                .mapToLong(r -> Long.parseLong(r.get(8))).sum() + 6 * 2;
        assertThat(executed).as("every run once, by one shard").isEqualTo(total);
    }
}
