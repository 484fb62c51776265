package org.constellation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.Progress;
import org.constellation.experiment.SingleRun;
import org.constellation.experiment.calibration.CalibrationLoader;
import org.constellation.experiment.calibration.Target;
import org.constellation.experiment.calibration.ThreeWTarget;
import org.constellation.experiment.sweep.ExperimentLoader;
import org.constellation.experiment.sweep.LoadedExperiment;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.experiment.sweep.RunStatistics;
import org.constellation.experiment.sweep.Shard;
import org.constellation.experiment.sweep.Sweep;
import org.constellation.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compare-3w statistics a sweep keeps per run (runs.csv columns stat_NAME) are those compare-3w gives the
 * same run; they survive a resume and shards; a bad statistic name is refused where it is written.
 */
class ThreeWRunStatisticsTest {

    private static final Path TABLE = Path.of("data/ebola-3w-2014/presence.csv");
    private static final List<String> NAMES = List.of("coverage", "duplication", "rho", "distance", "un", "ingo");

    @TempDir
    Path tmp;

    private static ThreeWRunStatistics statistics(int from) throws DataException {
        List<String> stats = List.of("coverage", "duplication_share", "regions_rho", "distance",
                "indirect_share:UN Agency", "indirect_share:International NGO");
        List<ThreeWRunStatistics.Definition> d = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            d.add(new ThreeWRunStatistics.Definition(NAMES.get(i), stats.get(i), TABLE, "Liberia", from,
                    from < 0 ? -1 : 5));
        }
        return new ThreeWRunStatistics(d, ThreeWMapping.builtIn());
    }

    private LoadedExperiment experiment(RunStatistics statistics, int runs) throws Exception {
        Path file = tmp.resolve("e.yaml");
        Files.writeString(file, """
                name: liberia-stats
                scenario: liberia-ebola-2014
                steps: 6
                replications: %d
                seed: 5
                seeds: independent
                metrics: [unmet_need]
                statistics: [coverage, duplication, rho, distance, un, ingo]
                factors:
                  - {name: saturation, path: parameters.effects.saturation, values: [3]}
                design: {type: grid}
                """.formatted(runs));
        return ExperimentLoader.load(file, ScenarioLibrary.at(Path.of(".")), statistics);
    }

    private static List<List<String>> rows(Path runs) throws Exception {
        return Files.readAllLines(runs).stream().skip(1).map(CsvTable::split).toList();
    }

    @Test
    void aSweepKeepsTheStatisticsCompare3wGivesTheSameRun() throws Exception {
        for (int from : new int[] {-1, 2}) {
            LoadedExperiment e = experiment(statistics(from), 1);
            Path out = tmp.resolve("sweep" + from);
            Sweep.run(e, new RunPlan(e.spec()), new Sweep.Options(out, 1, false, Shard.ALL, Progress.NONE));
            List<String> header = CsvTable.split(Files.readAllLines(out.resolve("runs.csv")).get(0));
            List<String> row = rows(out.resolve("runs.csv")).get(0);
            long seed = Long.parseLong(row.get(3));
            Path single = tmp.resolve("single" + from);
            SingleRun.execute(e.template().instantiate(List.of("parameters.effects.saturation=3")),
                    new SingleRun.Options(seed, 6, single, true, Path.of(".")), Progress.NONE);
            CompareThreeW.Result r = CompareThreeW.run(new CompareThreeW.Options(TABLE,
                    single.resolve("who-does-what-where.csv"), ThreeWMapping.builtIn(), from, from < 0 ? -1 : 5));
            double[] expected = {r.comparison().simulated().coverage(), r.comparison().simulated().duplication(),
                r.comparison().spearman(), r.comparison().distance(), r.indirect().simulatedShare("UN Agency"),
                r.indirect().simulatedShare("International NGO")};
            for (int i = 0; i < NAMES.size(); i++) {
                String cell = row.get(header.indexOf("stat_" + NAMES.get(i)));
                double kept = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                assertThat(kept).as(NAMES.get(i) + " from " + from).isEqualTo(expected[i]);
            }
            assertThat(expected[0]).isBetween(0.01, 1.0);
        }
    }

    @Test
    void resumeAndShardsKeepTheStatistics() throws Exception {
        LoadedExperiment e = experiment(statistics(2), 4);
        RunPlan plan = new RunPlan(e.spec());
        Path whole = tmp.resolve("whole");
        Sweep.run(e, plan, new Sweep.Options(whole, 2, false, Shard.ALL, Progress.NONE));
        String expected = Files.readString(whole.resolve("runs.csv"));
        Path killed = tmp.resolve("killed");
        Sweep.run(e, plan, new Sweep.Options(killed, 1, false, Shard.ALL, Progress.NONE));
        List<String> lines = Files.readAllLines(killed.resolve("runs.csv"));
        String cut = String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(3).substring(0, 20);
        Files.writeString(killed.resolve("runs.csv"), cut);
        Sweep.run(e, plan, new Sweep.Options(killed, 2, true, Shard.ALL, Progress.NONE));
        assertThat(Files.readString(killed.resolve("runs.csv"))).isEqualTo(expected);
        List<List<String>> merged = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path shard = tmp.resolve("shard" + i);
            Sweep.run(e, plan, new Sweep.Options(shard, 1, false, Shard.parse(i + "/2"), Progress.NONE));
            merged.addAll(rows(shard.resolve("runs.csv")));
        }
        merged.sort((a, b) -> Long.compare(Long.parseLong(a.get(0)), Long.parseLong(b.get(0))));
        assertThat(merged).isEqualTo(rows(whole.resolve("runs.csv")));
        assertThat(rows(whole.resolve("runs.csv"))).hasSize(4).allSatisfy(r -> assertThat(r.get(r.size() - 6))
                .isNotEmpty());
    }

    @Test
    void anExperimentNamingAStatisticNobodyComputesIsRefusedAtItsKey() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> experiment(RunStatistics.NONE, 1))
                .hasMessageContaining("e.yaml:8").hasMessageContaining("statistics[0]")
                .hasMessageContaining("no run statistic 'coverage'");
    }

    @Test
    void aBadCompare3wStatisticIsRefusedWithFileLineAndKey() throws Exception {
        Path scenarios = Path.of("scenarios").toAbsolutePath();
        String text = Files.readString(scenarios.resolve("calibrations/liberia-3w.yaml"))
                .replaceFirst("statistic: duplication_share,", "statistic: duplication,")
                .replace("../liberia-ebola-2014.yaml", scenarios.resolve("liberia-ebola-2014.yaml").toString())
                .replace("../sierra-leone-ebola-2014.yaml", scenarios.resolve("sierra-leone-ebola-2014.yaml").toString())
                .replace("../../data/", Path.of("data").toAbsolutePath() + "/");
        Path file = tmp.resolve("bad-statistic.yaml");
        Files.writeString(file, text);
        List<String> problems = CalibrationLoader.problems(file, ScenarioLibrary.at(Path.of(".")));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p).contains("bad-statistic.yaml:38:")
                .contains("targets[1].statistic").contains("unknown compare-3w statistic 'duplication'"));
    }

    /**
     * The observed value of every compare-3w target of every shipped calibration is what the comparison computes
     * from the table the target names (the file rounds to 4 decimals), and the counts its source gives ("(37 of 90
     * rows") are the data's.
     */
    @Test
    void theShippedObservedValuesAreTheData() throws Exception {
        ThreeWMapping m = ThreeWMapping.builtIn();
        Pattern counts = Pattern.compile("\\((\\d+) of (\\d+) ");
        List<Path> files;
        try (var list = Files.list(Path.of("scenarios/calibrations"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        int checked = 0;
        int counted = 0;
        for (Path file : files) {
            for (Target target : CalibrationLoader.loadSpec(file).targets()) {
                if (!(target instanceof ThreeWTarget t)) {
                    continue;
                }
                Path table = CalibrationLoader.table(file, t);
                assertThat(table).as(t.name()).startsWith(Path.of("data").toAbsolutePath());
                String what = file.getFileName() + " " + t.name();
                double data = ThreeWRunStatistics.observed(table, m, t.country(), t.statistic());
                assertThat(t.observed()).as(what).isCloseTo(data, within(5e-5));
                checked++;
                Matcher c = counts.matcher(t.source());
                if (c.find()) {
                    int part = Integer.parseInt(c.group(1));
                    int whole = Integer.parseInt(c.group(2));
                    assertThat(data).as(what + ": " + t.source()).isCloseTo((double) part / whole, within(1e-12));
                    if (t.statistic().startsWith("indirect_share:")) {
                        String type = t.statistic().substring("indirect_share:".length());
                        assertThat(IndirectShares.observed(table, m, Set.of(t.country())).byType().get(type))
                                .as(what).containsExactly(part, whole);
                    }
                    counted++;
                }
            }
        }
        assertThat(checked).as("compare-3w targets of liberia-3w and sierra-leone-3w").isEqualTo(18);
        assertThat(counted).as("targets whose source gives counts").isEqualTo(14);
    }
}
