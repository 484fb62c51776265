package org.constellation.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.Progress;
import org.constellation.experiment.SingleRun;
import org.constellation.experiment.sweep.RunStatistics;
import org.constellation.model.Constellation;
import org.constellation.scenario.LoadedScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a run of two countries, a compare-3w run statistic is of its target's country: the run's rows there
 * against the table's rows there, as compare-3w gives them for the run's 3W cut to that country; not of the
 * whole run against both countries' rows.
 */
class ThreeWStatisticCountryTest {

    private static final Path TABLE = ThreeWFixtures.PRESENCE;
    private static final List<String> STATISTICS = List.of("coverage", "duplication_share", "regions_rho",
            "indirect_share:International NGO");
    private static final int STEPS = 6;
    private static final long SEED = 3;

    @TempDir
    Path tmp;

    @Test
    void eachCountrysStatisticsAreOfItsOwnRowsOnBothSides() throws Exception {
        LoadedScenario two = ThreeWFixtures.load(ThreeWFixtures.importOf(TABLE, ThreeWImport.Activities.PROFILE,
                "Liberia", "Sierra Leone"), tmp, "two");
        List<ThreeWRunStatistics.Definition> definitions = new ArrayList<>();
        for (String country : List.of("Liberia", "Sierra Leone")) {
            for (String statistic : STATISTICS) {
                definitions.add(new ThreeWRunStatistics.Definition(country + " " + statistic, statistic, TABLE,
                        country, 2, 5));
            }
        }
        Constellation model = two.scenario().newModel(SEED);
        model.start();
        RunStatistics.Recorder recorder = new ThreeWRunStatistics(definitions, ThreeWMapping.builtIn())
                .observe(model, STEPS);
        model.run(STEPS);
        model.finish();
        Map<String, Double> values = recorder.values();

        Path run = tmp.resolve("run");
        SingleRun.execute(two, new SingleRun.Options(SEED, STEPS, run, true, Path.of(".")), Progress.NONE);
        Path ledger = run.resolve("who-does-what-where.csv");
        CompareThreeW.Result whole = compare(ledger);
        assertThat(whole.observed().regions()).as("the fixture has both countries' regions").hasSizeGreaterThan(20);
        for (String country : List.of("Liberia", "Sierra Leone")) {
            CompareThreeW.Result own = compare(onlyCountry(ledger, Ids.slug(country)));
            for (String statistic : STATISTICS) {
                assertThat(values.get(country + " " + statistic)).as(country + " " + statistic)
                        .isEqualTo(ThreeWRunStatistics.simulated(own, statistic));
            }
            assertThat(values.get(country + " coverage")).as(country + ": not the whole run's coverage")
                    .isNotEqualTo(whole.comparison().simulated().coverage());
        }
        assertThat(values.get("Liberia coverage")).isNotEqualTo(values.get("Sierra Leone coverage"));
    }

    private static CompareThreeW.Result compare(Path ledger) throws DataException {
        return CompareThreeW.run(new CompareThreeW.Options(TABLE, ledger, ThreeWMapping.builtIn(), 2, 5));
    }

    /** The run's 3W with the rows of one country only. */
    private Path onlyCountry(Path ledger, String country) throws Exception {
        List<String> lines = Files.readAllLines(ledger);
        int column = CsvTable.split(lines.get(0)).indexOf("country");
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).filter(l -> CsvTable.split(l).get(column).equals(country)).forEach(kept::add);
        assertThat(kept).as("rows of " + country).hasSizeGreaterThan(10);
        return Files.write(tmp.resolve(country + ".csv"), kept);
    }
}
