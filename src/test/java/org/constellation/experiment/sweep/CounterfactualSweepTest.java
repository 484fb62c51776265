package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.Progress;
import org.constellation.metrics.MetricSeries;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment's counterfactual: every run again with the same seed and the counterfactual's overrides,
 * recorded beside runs.csv without changing it, survives kills like the runs, merges from shards, and is
 * compared run by run in counterfactual.csv.
 */
class CounterfactualSweepTest {

    /** The small grid, each run paired with one in which Mali's government does no enforcement. */
    static final String PAIRED = Sweeps.SMALL + """
            counterfactual:
              name: no-mali-enforcement
              description: Mali's forces do everything else they did, but no enforcement
              set: ["region.countries[0].host.exclude_flags=[enforcement]"]
            """;

    @TempDir
    static Path shared;
    static LoadedExperiment paired;
    static Path pairedOut;

    @TempDir
    Path tmp;

    /** The paired experiment, completed and analysed once for the tests that only read it. */
    @BeforeAll
    static void completePaired() throws Exception {
        paired = Sweeps.load(shared, PAIRED);
        pairedOut = shared.resolve("paired");
        Sweeps.complete(paired, pairedOut, 2, false);
        SweepAnalysis.analyze(pairedOut, paired.spec(), new RunPlan(paired.spec()));
    }

    @Test
    void theRunsAreExactlyThoseOfTheExperimentWithoutItsCounterfactual() throws Exception {
        LoadedExperiment plain = Sweeps.load(tmp, Sweeps.SMALL);
        Sweeps.complete(plain, tmp.resolve("plain"), 2, false);
        assertThat(Files.readString(pairedOut.resolve("runs.csv")))
                .isEqualTo(Files.readString(tmp.resolve("plain/runs.csv")));
        assertThat(Files.readString(pairedOut.resolve("summary.csv")))
                .isEqualTo(Files.readString(tmp.resolve("plain/summary.csv")));
        assertThat(Files.readAllLines(pairedOut.resolve("counterfactual-runs.csv"))).hasSize(1 + 8)
                .first().isEqualTo(Files.readAllLines(pairedOut.resolve("runs.csv")).get(0));
    }

    @Test
    void eachCounterfactualRowIsItsRunAgainWithTheOverridesAndTheSameSeed() throws Exception {
        CsvTable runs = CsvTable.read(pairedOut.resolve("runs.csv"));
        CsvTable counterfactual = CsvTable.read(pairedOut.resolve("counterfactual-runs.csv"));
        RunPlan plan = new RunPlan(paired.spec());
        List<String> row = counterfactual.rows().get(5);
        int point = Integer.parseInt(row.get(counterfactual.column("point")));
        Constellation model = ScenarioLoader.load(Path.of("scenarios/sahel.yaml"), plan.counterfactualOverrides(point))
                .scenario().newModel(Long.parseLong(row.get(counterfactual.column("seed"))));
        model.start();
        MetricSeries series = new MetricSeries(Metrics.names());
        MetricsObserver.attach(model, Metrics.standard(), series);
        model.run(8);
        for (String metric : List.of("armed_group_strength", "redundant_effort", "unmet_need")) {
            assertThat(Double.parseDouble(row.get(counterfactual.column(metric + "_final"))))
                    .isEqualTo(series.last(metric));
        }
        assertThat(row.get(counterfactual.column("seed"))).isEqualTo(runs.rows().get(5).get(runs.column("seed")));
        assertThat(row.subList(6, row.size())).as("the switch changes the run")
                .isNotEqualTo(runs.rows().get(5).subList(6, row.size()));
    }

    @Test
    void counterfactualCsvGivesEachPointsRunsMinusTheirCounterfactualsWithAnInterval() throws Exception {
        CsvTable d = CsvTable.read(pairedOut.resolve("counterfactual.csv"));
        CsvTable runs = CsvTable.read(pairedOut.resolve("runs.csv"));
        CsvTable counterfactual = CsvTable.read(pairedOut.resolve("counterfactual-runs.csv"));
        assertThat(d.rows()).hasSize(4 * 2 * Metrics.names().size());
        String output = "armed_group_strength_mean";
        for (List<String> row : d.rows()) {
            assertThat(row.get(d.column("counterfactual"))).isEqualTo("no-mali-enforcement");
            if (!row.get(d.column("output")).equals(output)) {
                continue;
            }
            String point = row.get(d.column("point"));
            double sum = 0;
            for (int r = 0; r < runs.rows().size(); r++) {
                if (runs.rows().get(r).get(runs.column("point")).equals(point)) {
                    sum += Double.parseDouble(runs.rows().get(r).get(runs.column(output)))
                            - Double.parseDouble(counterfactual.rows().get(r).get(counterfactual.column(output)));
                }
            }
            double difference = Double.parseDouble(row.get(d.column("difference")));
            assertThat(difference).isEqualTo(sum / 2, offset(1e-12));
            assertThat(Double.parseDouble(row.get(d.column("ci_low")))).isLessThanOrEqualTo(difference);
            assertThat(Double.parseDouble(row.get(d.column("ci_high")))).isGreaterThanOrEqualTo(difference);
        }
    }

    @Test
    void aPairedSweepStoppedOrCutAnywhereResumesToTheSameOutputs() throws Exception {
        LoadedExperiment e = paired;
        Path reference = pairedOut;
        String runs = Files.readString(reference.resolve("runs.csv"));
        String counterfactual = Files.readString(reference.resolve("counterfactual-runs.csv"));
        Path stopped = tmp.resolve("stopped");
        assertThatThrownBy(() -> Sweeps.run(e, stopped, 2, false, Sweeps.killAfter(3)))
                .isInstanceOf(Sweeps.Killed.class);
        Sweeps.complete(e, stopped, 1, true);
        assertThat(Sweeps.outputs(stopped)).isEqualTo(Sweeps.outputs(reference));
        assertThat(Files.readString(stopped.resolve("counterfactual-runs.csv"))).isEqualTo(counterfactual);
        List<String> runLines = Files.readAllLines(reference.resolve("runs.csv"));
        List<String> counterfactualLines = Files.readAllLines(reference.resolve("counterfactual-runs.csv"));
        for (int[] kept : new int[][] {{5, 6}, {6, 4}, {2, 8}}) {
            Path cut = tmp.resolve("cut-" + kept[0] + "-" + kept[1]);
            Sweeps.run(e, cut, 2, false, Progress.NONE);
            Files.write(cut.resolve("runs.csv"), runLines.subList(0, 1 + kept[0]));
            Files.write(cut.resolve("counterfactual-runs.csv"), counterfactualLines.subList(0, 1 + kept[1]));
            Sweep.Outcome resumed = Sweeps.run(e, cut, 2, true, Progress.NONE);
            assertThat(resumed.resumed()).isEqualTo(Math.min(kept[0], kept[1]));
            assertThat(Files.readString(cut.resolve("runs.csv"))).isEqualTo(runs);
            assertThat(Files.readString(cut.resolve("counterfactual-runs.csv"))).isEqualTo(counterfactual);
        }
    }

    @Test
    void aDamagedCounterfactualRowCountsAsMissingAndIsCutAndRunAgainOnResume() throws Exception {
        LoadedExperiment e = paired;
        RunPlan plan = new RunPlan(e.spec());
        Path out = tmp.resolve("damaged");
        Sweeps.run(e, out, 2, false, Progress.NONE);
        assertThat(Sweep.recorded(out, e.spec(), plan)).isEqualTo(8);
        List<String> lines = Files.readAllLines(out.resolve("counterfactual-runs.csv"));
        lines.set(5, lines.get(5).substring(0, lines.get(5).lastIndexOf(',')) + ",not-a-number");
        lines.set(7, lines.get(7).replaceFirst("^(\\d+,\\d+,\\d+,)\\d+", "$1" + "12345"));
        Files.write(out.resolve("counterfactual-runs.csv"), lines);
        assertThat(Sweep.recorded(out, e.spec(), plan)).as("runs whose counterfactual is intact").isEqualTo(4);
        Sweep.Outcome resumed = Sweeps.run(e, out, 2, true, Progress.NONE);
        assertThat(resumed.resumed()).isEqualTo(4);
        assertThat(Files.readString(out.resolve("counterfactual-runs.csv")))
                .isEqualTo(Files.readString(pairedOut.resolve("counterfactual-runs.csv")));
        assertThat(Files.readString(out.resolve("runs.csv"))).isEqualTo(Files.readString(pairedOut.resolve("runs.csv")));
    }

    @Test
    void aShardWhoseCounterfactualRowsAreDamagedIsNotMerged() throws Exception {
        Path[] shards = finishedShards();
        Path file = shards[1].resolve("counterfactual-runs.csv");
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 1));
        Files.writeString(file, lines.get(lines.size() - 1).substring(0, 9), java.nio.file.StandardOpenOption.APPEND);
        Path merged = tmp.resolve("merged");
        assertThatThrownBy(() -> SweepMerge.merge(List.of(shards[0], shards[1]), merged))
                .isInstanceOf(SweepException.class).hasMessageContaining("missing 1 of 8 runs")
                .hasMessageContaining("shard 2/2");
        assertThat(merged).doesNotExist();
    }

    @Test
    void theShardsOfAPairedSweepMergeIntoTheUnshardedOutputs() throws Exception {
        Path[] shards = finishedShards();
        Path merged = tmp.resolve("merged");
        SweepMerge.merge(List.of(shards[1], shards[0]), merged);
        assertThat(Files.readString(merged.resolve("counterfactual-runs.csv")))
                .isEqualTo(Files.readString(pairedOut.resolve("counterfactual-runs.csv")));
        assertThat(Files.readString(merged.resolve("runs.csv")))
                .isEqualTo(Files.readString(pairedOut.resolve("runs.csv")));
    }

    /** The paired experiment as two finished shards in {@code tmp}. */
    private Path[] finishedShards() throws Exception {
        RunPlan plan = new RunPlan(paired.spec());
        Path[] shards = new Path[2];
        for (int i = 1; i <= 2; i++) {
            shards[i - 1] = tmp.resolve("shards/s" + i);
            Sweep.run(paired, plan, new Sweep.Options(shards[i - 1], 1, false, new Shard(i, 2), Progress.NONE));
            SweepOutputs.compressTimeseries(shards[i - 1]);
            Files.writeString(shards[i - 1].resolve("manifest.json"), "{\"constellation\": {\"version\": \"x\"}}");
        }
        return shards;
    }

    @Test
    void aResumeWithAnotherCounterfactualIsRefused() throws Exception {
        LoadedExperiment e = Sweeps.load(tmp, PAIRED);
        Path out = tmp.resolve("out");
        Sweeps.run(e, out, 2, false, Progress.NONE);
        LoadedExperiment other = Sweeps.load(tmp, PAIRED.replace("countries[0]", "countries[1]"));
        assertThatThrownBy(() -> Sweeps.run(other, out, 2, true, Progress.NONE)).isInstanceOf(SweepException.class)
                .hasMessageContaining("other runs");
    }

    @Test
    void aCounterfactualThatGivesNoValidScenarioIsRefusedBeforeAnyRunAndLocated() throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, PAIRED.replace("exclude_flags=[enforcement]", "exclude_flags=[enforcment]"));
        ScenarioException e = catchThrowableOfType(() -> ExperimentLoader.load(file, ScenarioLibrary.at(Path.of("."))),
                ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("bad.yaml:").contains("counterfactual.set")
                .contains("enforcment"));
        Files.writeString(file, PAIRED.replace("  set: [", "  sett: ["));
        assertThat(catchThrowableOfType(() -> ExperimentLoader.load(file, ScenarioLibrary.at(Path.of("."))),
                ScenarioException.class).problems()).anySatisfy(p -> assertThat(p).contains("sett"));
    }
}
