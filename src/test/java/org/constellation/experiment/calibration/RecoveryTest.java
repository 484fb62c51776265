package org.constellation.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.Progress;
import org.constellation.experiment.Provenance;
import org.constellation.experiment.sweep.Shard;
import org.constellation.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The method recovers known parameter values from data the model generated itself. The Sahel scenario,
 * 24 monthly steps, is run ten times at known values of effects.saturation (3.5) and planning.driver_value
 * (3.0), with seeds the calibration never uses; the means of unmet need, coverage by need and the host's
 * legitimacy over steps 6-23 are the observed values, their seed-to-seed standard deviations the scales.
 * (Chosen with a Latin-hypercube sweep: unmet need responds strongly to both parameters and varies little from
 * seed to seed; coverage and legitimacy weigh the two differently, so together they separate them.)
 * ABC-SMC from uniform priors on [1.5, 6] (the Sobol experiment's ranges), 50 particles, 4 generations, must
 * give a posterior whose 90% credible interval covers each true value and is narrower than the prior's 90%
 * interval by the measure of posterior-summary.csv (interval ratio under 0.8: "constrained"), and a
 * posterior predictive check whose 90% intervals cover the observations.
 */
class RecoveryTest {

    private static final double TRUE_SATURATION = 3.5;
    private static final double TRUE_DRIVER_VALUE = 3.0;

    @TempDir
    Path tmp;

    @Test
    void theCalibrationRecoversTheValuesThatGeneratedTheData() throws Exception {
        double[][] observed = synthetic();
        String text = String.format(Locale.ROOT, """
                name: recovery
                seed: 3
                scenarios:
                  - {name: sahel, scenario: sahel, steps: 24}
                parameters:
                  - {name: saturation, path: parameters.effects.saturation, min: 1.5, max: 6}
                  - {name: driver_value, path: parameters.planning.driver_value, min: 1.5, max: 6}
                targets:
                  - {name: unmet_need, kind: metric-mean, scenario: sahel, metric: unmet_need, window: {from: 6},
                     observed: %s, scale: %s}
                  - {name: coverage_by_need, kind: metric-mean, scenario: sahel, metric: coverage_by_need,
                     window: {from: 6}, observed: %s, scale: %s}
                  - {name: host_legitimacy, kind: metric-mean, scenario: sahel, metric: host_legitimacy,
                     window: {from: 6}, observed: %s, scale: %s}
                method: {type: abc-smc, population: 50, generations: 4, replicates: 1}
                predictive: {draws: 20}
                """, observed[0][0], observed[0][1], observed[1][0], observed[1][1], observed[2][0], observed[2][1]);
        LoadedCalibration c = Calibrations.load(tmp, text);
        Calibration.Outcome outcome = Calibrations.run(c, tmp.resolve("out"), 2, false, Shard.ALL);
        Map<String, List<String>> summary = rows(CsvTable.read(tmp.resolve("out/posterior-summary.csv")));
        check(summary.get("saturation"), TRUE_SATURATION);
        check(summary.get("driver_value"), TRUE_DRIVER_VALUE);
        CsvTable predictive = CsvTable.read(tmp.resolve("out/predictive.csv"));
        for (List<String> row : predictive.rows()) {
            assertThat(row.get(predictive.column("observed_in_posterior_90"))).as("predictive check of %s", row.get(0))
                    .isEqualTo("yes");
        }
        System.out.printf(Locale.ROOT, "recovery: %d generations, %s; observed unmet_need %.4f (scale %.4f), "
                + "coverage_by_need %.4f (scale %.4f), host_legitimacy %.4f (scale %.4f)%n",
                outcome.result().generations().size(), outcome.result().stop(), observed[0][0], observed[0][1],
                observed[1][0], observed[1][1], observed[2][0], observed[2][1]);
    }

    /** Checks coverage and shrinkage (the summary's interval ratio), and prints the numbers. */
    private static void check(List<String> row, double truth) {
        double median = Double.parseDouble(row.get(7));
        double q05 = Double.parseDouble(row.get(8));
        double q95 = Double.parseDouble(row.get(9));
        double ratio = Double.parseDouble(row.get(12));
        System.out.printf(Locale.ROOT, "recovery: %s true %.4g, posterior median %.4g, 90%% CI [%.4g, %.4g], "
                + "width %.4g against the prior's %.4g (ratio %.2f)%n", row.get(0), truth, median, q05, q95, q95 - q05,
                Double.parseDouble(row.get(6)) - Double.parseDouble(row.get(5)), ratio);
        assertThat(truth).as("90%% credible interval of %s", row.get(0)).isBetween(q05, q95);
        assertThat(ratio).as("posterior 90%% width of %s over the prior's", row.get(0))
                .isLessThan(PosteriorSummary.UNCONSTRAINED);
        assertThat(row.get(13)).isEqualTo("yes");
    }

    private static Map<String, List<String>> rows(CsvTable t) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        t.rows().forEach(r -> out.put(r.get(0), r));
        return out;
    }

    /** Ten runs at the true values: per target {mean, standard deviation} of the window means. */
    private double[][] synthetic() throws Exception {
        BaseScenario base = new BaseScenario("sahel", "sahel", List.of(), 24);
        List<CalibratedParameter> parameters = List.of(
                new CalibratedParameter("saturation", "parameters.effects.saturation", CalibratedParameter.Prior.UNIFORM,
                        1.5, 6, false, List.of()),
                new CalibratedParameter("driver_value", "parameters.planning.driver_value",
                        CalibratedParameter.Prior.UNIFORM, 1.5, 6, false, List.of()));
        int runs = 10;
        ScenarioLibrary library = ScenarioLibrary.at(Path.of("."));
        BatchSweep.ensure(new BatchSweep.Settings("truth", "truth", base, library.resolve("sahel").toAbsolutePath(),
                parameters, new double[][] {{TRUE_SATURATION, TRUE_DRIVER_VALUE}}, runs, 987_654_321L,
                List.of("unmet_need", "coverage_by_need", "host_legitimacy"), List.of()), tmp.resolve("truth"),
                new BatchSweep.Run(2, Shard.ALL, library, Provenance.collect(Path.of(".")),
                        org.constellation.experiment.sweep.RunStatistics.NONE), Progress.NONE);
        List<Quantity> quantities = List.of(new Quantity("sahel", "unmet_need", 6, -1),
                new Quantity("sahel", "coverage_by_need", 6, -1), new Quantity("sahel", "host_legitimacy", 6, -1));
        Map<Quantity, double[][]> values = BatchObservations.read(List.of(tmp.resolve("truth/sahel")), quantities, 1,
                runs);
        double[][] out = new double[quantities.size()][];
        for (int k = 0; k < out.length; k++) {
            double[] v = values.get(quantities.get(k))[0];
            double mean = java.util.Arrays.stream(v).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (runs - 1));
            out[k] = new double[] {mean, sd};
        }
        return out;
    }
}
