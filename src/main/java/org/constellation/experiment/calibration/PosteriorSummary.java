package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Numbers;

/**
 * posterior-summary.csv: per parameter, its prior and its 90% prior interval, the posterior's weighted
 * median, 5% and 95% quantiles, mean and standard deviation, and the width of the posterior's 90%
 * interval relative to the prior's (on the log scale for log-uniform priors). A parameter whose interval
 * keeps at least {@value #UNCONSTRAINED} of the prior's width is flagged: no target constrains it (DESIGN
 * section 9). A shipped calibration's summary, committed beside its file, is what docs/parameters.md
 * reads for the calibrated parameters.
 */
public final class PosteriorSummary {

    /** The file name. */
    public static final String FILE = "posterior-summary.csv";
    /** Interval ratio from which a parameter counts as unconstrained. */
    public static final double UNCONSTRAINED = 0.8;
    /** The columns. */
    public static final List<String> HEADER = List.of("name", "path", "prior", "min", "max", "prior_q05", "prior_q95",
            "median", "q05", "q95", "mean", "sd", "interval_ratio", "constrained");

    private PosteriorSummary() {
    }

    static void write(Path file, CalibrationSpec spec, CalibrationResult result) throws IOException {
        Population p = result.posterior();
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(HEADER);
            for (int d = 0; d < spec.parameters().size(); d++) {
                CalibratedParameter x = spec.parameters().get(d);
                double[] v = p.column(d);
                double priorLow = x.value(x.atUnit(0.05));
                double priorHigh = x.value(x.atUnit(0.95));
                double q05 = Weighted.quantile(v, p.weights(), 0.05);
                double q95 = Weighted.quantile(v, p.weights(), 0.95);
                double mean = 0;
                for (int i = 0; i < v.length; i++) {
                    mean += p.weights()[i] * v[i];
                }
                double var = 0;
                for (int i = 0; i < v.length; i++) {
                    var += p.weights()[i] * (v[i] - mean) * (v[i] - mean);
                }
                double ratio = (scaled(x, q95) - scaled(x, q05)) / (scaled(x, priorHigh) - scaled(x, priorLow));
                csv.row(List.of(x.name(), x.path(), x.prior().key() + (x.integer() ? " (whole numbers)" : ""),
                        Numbers.format(x.min()), Numbers.format(x.max()), Numbers.format(priorLow),
                        Numbers.format(priorHigh), Numbers.format(Weighted.quantile(v, p.weights(), 0.5)),
                        Numbers.format(q05), Numbers.format(q95), Numbers.format(mean), Numbers.format(Math.sqrt(var)),
                        Numbers.format(ratio), ratio < UNCONSTRAINED ? "yes" : "no"));
            }
            csv.flush();
            f.commit();
        }
    }

    private static double scaled(CalibratedParameter x, double v) {
        return x.prior() == CalibratedParameter.Prior.LOG_UNIFORM ? Math.log(v) : v;
    }
}
