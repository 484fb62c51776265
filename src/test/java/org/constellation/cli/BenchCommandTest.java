package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark runs end to end and reports every figure; it asserts no timing (machines are noisy). */
class BenchCommandTest {

    @Test
    void aTinyBenchmarkPrintsEveryFigure() {
        String out = SweepCommandTest.run("bench", "--scenario", "teaching/tell-the-host", "--warm-up", "1",
                "--single-runs", "2", "--runs", "4", "--threads", "2");
        assertThat(out).contains("1 thread", "2 threads", "4 runs in", "parallel efficiency", "agent-steps/s",
                "bare MASON no-op agent", "heap kept after GC", "after 4 runs", "peak heap");
    }
}
