package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Numbers;

/**
 * predictive.csv: per target, the observation against its prior predictive distribution (the statistics
 * of the particles drawn from the prior) and its posterior predictive distribution (the draws of the
 * {@link PredictiveCheck}): median and 90% interval of each, whether the observed value lies inside each
 * interval (metric-mean targets), the share of draws that show the pattern (ordering targets), and the
 * discrepancy of the posterior predictive median. Validation targets are scored the same way: their
 * columns are the out-of-sample check.
 */
final class PredictiveTable {

    static final String FILE = "predictive.csv";

    private PredictiveTable() {
    }

    static void write(Path file, CalibrationSpec spec, Population prior, PredictiveCheck predictive)
            throws IOException {
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(List.of("target", "kind", "role", "relation", "observed", "scale", "prior_median", "prior_q05",
                    "prior_q95", "posterior_median", "posterior_q05", "posterior_q95", "observed_in_prior_90",
                    "observed_in_posterior_90", "prior_met", "posterior_met", "posterior_discrepancy"));
            for (int t = 0; t < spec.targets().size(); t++) {
                Target target = spec.targets().get(t);
                double[] before = prior.statistic(t);
                double[] after = predictive.statistic(t);
                List<String> row = new ArrayList<>(List.of(target.name(), target.kind().key(),
                        target.fit() ? "fit" : "validation", target instanceof OrderingTarget ? ">" : "=",
                        Numbers.format(target.observed()), Numbers.format(target.scale())));
                double[] a = interval(before);
                double[] b = interval(after);
                for (double v : a) {
                    row.add(CalibrationOutputs.cell(v));
                }
                for (double v : b) {
                    row.add(CalibrationOutputs.cell(v));
                }
                boolean ordering = target instanceof OrderingTarget;
                row.add(ordering ? "" : inside(target.observed(), a));
                row.add(ordering ? "" : inside(target.observed(), b));
                row.add(ordering ? CalibrationOutputs.cell(met((OrderingTarget) target, before)) : "");
                row.add(ordering ? CalibrationOutputs.cell(met((OrderingTarget) target, after)) : "");
                row.add(CalibrationOutputs.cell(target.discrepancy(b[0])));
                csv.row(row);
            }
            csv.flush();
            f.commit();
        }
    }

    /** Median, 5% and 95% quantiles (equal weights), NaN values left out. */
    static double[] interval(double[] values) {
        double[] w = new double[values.length];
        java.util.Arrays.fill(w, 1.0);
        return new double[] {Weighted.quantile(values, w, 0.5), Weighted.quantile(values, w, 0.05),
            Weighted.quantile(values, w, 0.95)};
    }

    private static String inside(double observed, double[] interval) {
        if (Double.isNaN(interval[1])) {
            return "";
        }
        return observed >= interval[1] && observed <= interval[2] ? "yes" : "no";
    }

    /** Share of defined statistics that show the pattern. */
    static double met(OrderingTarget target, double[] statistics) {
        int n = 0;
        int yes = 0;
        for (double s : statistics) {
            if (!Double.isNaN(s)) {
                n++;
                yes += target.met(s) ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : (double) yes / n;
    }
}
