package org.constellation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same scenario and seed give byte-identical time series, whatever runs beside them; other seeds differ. */
class DeterminismTest {

    private static final Path SAHEL = Path.of("scenarios/sahel.yaml");

    @TempDir
    Path tmp;

    private byte[] run(LoadedScenario s, long seed, String folder) throws Exception {
        return run(s, seed, folder, false);
    }

    private byte[] run(LoadedScenario s, long seed, String folder, boolean whoDoesWhatWhere) throws Exception {
        Path out = tmp.resolve(folder);
        SingleRun.execute(s, new SingleRun.Options(seed, 60, out, whoDoesWhatWhere, Path.of(".")), Progress.NONE);
        return Files.readAllBytes(out.resolve("timeseries.csv"));
    }

    @Test
    void recordingThe3wLedgerAsWellDoesNotChangeTheRun() throws Exception {
        LoadedScenario s = ScenarioLoader.load(SAHEL);
        assertThat(run(s, 7, "with-3w", true)).isEqualTo(run(s, 7, "without", false));
    }

    @Test
    void theSameSeedGivesByteIdenticalTimeSeries() throws Exception {
        LoadedScenario s = ScenarioLoader.load(SAHEL);
        assertThat(run(s, 7, "a")).isEqualTo(run(s, 7, "b"));
    }

    @Test
    void differentSeedsGiveDifferentTimeSeries() throws Exception {
        LoadedScenario s = ScenarioLoader.load(SAHEL);
        assertThat(run(s, 7, "a")).isNotEqualTo(run(s, 8, "b"));
    }

    @Test
    void runsInParallelThreadsMatchSequentialRuns() throws Exception {
        LoadedScenario s = ScenarioLoader.load(SAHEL);
        List<byte[]> sequential = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            sequential.add(run(s, seed, "seq" + seed));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (long seed = 1; seed <= 4; seed++) {
                long sd = seed;
                parallel.add(pool.submit(() -> run(s, sd, "par" + sd)));
            }
            for (int i = 0; i < 4; i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
