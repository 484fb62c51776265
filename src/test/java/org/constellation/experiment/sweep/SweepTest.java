package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.Progress;
import org.constellation.metrics.Metric;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's results do not depend on threads or interruptions, and every run can be re-done alone. */
class SweepTest {

    @TempDir
    Path tmp;

    @Test
    void theThreadCountDoesNotChangeAnyOutput() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Sweeps.complete(e, tmp.resolve("one"), 1, false);
        Sweeps.complete(e, tmp.resolve("three"), 3, false);
        Map<String, String> one = Sweeps.outputs(tmp.resolve("one"));
        assertThat(Sweeps.outputs(tmp.resolve("three"))).isEqualTo(one);
        assertThat(one.get("runs.csv").lines()).hasSize(1 + 8);
        assertThat(one.get("timeseries.csv").lines()).hasSize(1 + 8 * 8);
    }

    @Test
    void aReplicateUsesTheSameSeedAtEveryPointAndReplicatesDiffer() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Sweeps.complete(e, tmp.resolve("out"), 2, false);
        CsvTable runs = CsvTable.read(tmp.resolve("out/runs.csv"));
        int replicate = runs.column("replicate");
        int seed = runs.column("seed");
        for (List<String> row : runs.rows()) {
            String first = runs.rows().get(Integer.parseInt(row.get(replicate))).get(seed);
            assertThat(row.get(seed)).isEqualTo(first);
        }
        assertThat(runs.rows().get(0).get(seed)).isNotEqualTo(runs.rows().get(1).get(seed));
    }

    @Test
    void anyRunCanBeRedoneAloneFromItsRowAndThePointsFile() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Path out = tmp.resolve("out");
        Sweeps.complete(e, out, 2, false);
        CsvTable runs = CsvTable.read(out.resolve("runs.csv"));
        CsvTable points = CsvTable.read(out.resolve("points.csv"));
        List<String> row = runs.rows().get(5);
        String overrides = points.rows().get(Integer.parseInt(row.get(runs.column("point"))))
                .get(points.column("overrides"));
        Constellation model = ScenarioLoader.load(Path.of("scenarios/sahel.yaml"), List.of(overrides.split(PointsFile.SEPARATOR)))
                .scenario().newModel(Long.parseLong(row.get(runs.column("seed"))));
        model.start();
        List<Metric> metrics = Metrics.standard();
        double[][] last = new double[1][];
        MetricsObserver.attach(model, metrics, (step, values) -> last[0] = values.clone());
        model.run(8);
        model.finish();
        int redundancy = Metrics.names().indexOf("redundant_effort");
        assertThat(Double.parseDouble(row.get(runs.column("redundant_effort_final")))).isEqualTo(last[0][redundancy]);
    }

    @Test
    void aSweepStoppedAfterAnyRunResumesToTheSameOutputs() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Sweeps.complete(e, tmp.resolve("reference"), 2, false);
        Map<String, String> reference = Sweeps.outputs(tmp.resolve("reference"));
        for (long after : new long[] {1, 3, 7}) {
            Path out = tmp.resolve("stopped-" + after);
            assertThatThrownBy(() -> Sweeps.run(e, out, 2, false, Sweeps.killAfter(after)))
                    .isInstanceOf(Sweeps.Killed.class);
            assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + (int) after);
            Sweep.Outcome resumed = Sweeps.run(e, out, 1, true, Progress.NONE);
            assertThat(resumed.resumed()).isEqualTo(after);
            assertThat(resumed.executed()).isEqualTo(8 - after);
            SweepOutputs.compressTimeseries(out);
            SweepOutputs.summarize(out, e.spec());
            assertThat(Sweeps.outputs(out)).as("stopped after %d runs", after).isEqualTo(reference);
        }
    }

    @Test
    void halfWrittenRowsAreCutOnResume() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Sweeps.complete(e, tmp.resolve("reference"), 2, false);
        Map<String, String> reference = Sweeps.outputs(tmp.resolve("reference"));
        Path out = tmp.resolve("cut");
        Sweeps.run(e, out, 2, false, Progress.NONE);
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        byte[] series = Files.readAllBytes(out.resolve(".timeseries.partial.csv"));
        for (double fraction : new double[] {0.05, 0.37, 0.5, 0.83, 0.99}) {
            Files.write(out.resolve("runs.csv"), java.util.Arrays.copyOf(runs, (int) (runs.length * fraction)));
            Files.write(out.resolve(".timeseries.partial.csv"),
                    java.util.Arrays.copyOf(series, (int) (series.length * Math.min(1, fraction + 0.1))));
            Sweeps.run(e, out, 2, true, Progress.NONE);
            assertThat(Files.readAllBytes(out.resolve("runs.csv"))).as("cut at %.2f", fraction).isEqualTo(runs);
            assertThat(Files.readAllBytes(out.resolve(".timeseries.partial.csv"))).isEqualTo(series);
        }
        SweepOutputs.compressTimeseries(out);
        SweepOutputs.summarize(out, e.spec());
        assertThat(Sweeps.outputs(out)).isEqualTo(reference);
    }

    @Test
    void resumingACompleteSweepKeepsItsTimeSeries() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Path out = tmp.resolve("out");
        Sweeps.complete(e, out, 2, false);
        Map<String, String> before = Sweeps.outputs(out);
        Sweep.Outcome again = Sweeps.run(e, out, 2, true, Progress.NONE);
        SweepOutputs.compressTimeseries(out);
        SweepOutputs.summarize(out, e.spec());
        assertThat(again.executed()).isZero();
        assertThat(Sweeps.outputs(out)).isEqualTo(before);
    }

    @Test
    void aSweepKilledAsItLockedItsNewFolderResumes() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Sweeps.complete(e, tmp.resolve("reference"), 2, false);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.createFile(out.resolve(".lock"));
        Sweeps.complete(e, out, 2, true);
        assertThat(Sweeps.outputs(out)).isEqualTo(Sweeps.outputs(tmp.resolve("reference")));
    }

    @Test
    void aFolderWithASweepIsNeitherOverwrittenNorMixedWithAnotherExperiment() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Path out = tmp.resolve("out");
        Sweeps.run(e, out, 2, false, Progress.NONE);
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        assertThatThrownBy(() -> Sweeps.run(e, out, 2, false, Progress.NONE))
                .isInstanceOf(SweepException.class).hasMessageContaining("--resume");
        LoadedExperiment other = Sweeps.load(tmp, Sweeps.SMALL.replace("seed: 11", "seed: 12"));
        assertThatThrownBy(() -> Sweeps.run(other, out, 2, true, Progress.NONE))
                .isInstanceOf(SweepException.class).hasMessageContaining("other runs");
        assertThat(Files.readAllBytes(out.resolve("runs.csv"))).isEqualTo(runs);
    }

    @Test
    void eachPointIsComparedWithTheFirstReplicateByReplicate() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Path out = tmp.resolve("out");
        Sweeps.complete(e, out, 2, false);
        SweepAnalysis.analyze(out, e.spec(), new RunPlan(e.spec()));
        CsvTable d = CsvTable.read(out.resolve("differences.csv"));
        assertThat(d.rows()).hasSize(3 * 2 * Metrics.names().size());
        for (List<String> row : d.rows()) {
            double difference = Double.parseDouble(row.get(d.column("difference")));
            assertThat(difference).isCloseTo(Double.parseDouble(row.get(d.column("point_mean")))
                    - Double.parseDouble(row.get(d.column("baseline_mean"))), org.assertj.core.data.Offset.offset(1e-9));
            String low = row.get(d.column("ci_low"));
            if (!low.isEmpty()) {
                assertThat(Double.parseDouble(low)).isLessThanOrEqualTo(difference);
                assertThat(Double.parseDouble(row.get(d.column("ci_high")))).isGreaterThanOrEqualTo(difference);
            }
        }
    }

    @Test
    void aFindingWrittenAfterTheSweepDoesNotBlockResumingAndReplacesTheCopy() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> Sweeps.run(e, out, 2, false, Sweeps.killAfter(3))).isInstanceOf(Sweeps.Killed.class);
        String edited = Sweeps.SMALL + "finding: open sharing lowers duplication\n";
        LoadedExperiment later = Sweeps.load(tmp, edited);
        Sweeps.run(later, out, 2, true, Progress.NONE);
        assertThat(Files.readString(out.resolve("experiment.yaml"))).isEqualTo(edited);
        assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(9);
    }

    @Test
    void aSweepStartedOnAnotherVersionOfTheScenarioIsNotResumed() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, Sweeps.SMALL);
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> Sweeps.run(e, out, 2, false, Sweeps.killAfter(3))).isInstanceOf(Sweeps.Killed.class);
        Files.writeString(out.resolve(".origin"), "scenario_sha256=0000\nversion=0\n");
        assertThatThrownBy(() -> Sweeps.run(e, out, 2, true, Progress.NONE)).isInstanceOf(SweepException.class)
                .hasMessageContaining("another version of the base scenario");
    }
}
