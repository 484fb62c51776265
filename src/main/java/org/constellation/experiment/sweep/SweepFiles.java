package org.constellation.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Numbers;
import org.constellation.metrics.Metrics;

/** The names and row formats of a sweep's files. */
final class SweepFiles {

    static final String RUNS = "runs.csv";
    static final String TIMESERIES_PARTIAL = ".timeseries.partial.csv";
    static final String TIMESERIES = "timeseries.csv.gz";
    static final String SUMMARY = "summary.csv";
    static final String EXPERIMENT = "experiment.yaml";
    static final String MANIFEST = "manifest.json";
    static final String POINTS = "points.csv";
    static final String SHARD = "shard.txt";
    static final String ORIGIN = ".origin";
    /** The lock a sweep holds while it works; alone in a folder, it is what a sweep killed as it started left. */
    static final String LOCK = ".lock";

    private SweepFiles() {
    }

    /** runs.csv header: run_id, point, replicate, seed, factors, then each metric's final and mean. */
    static String runsHeader(ExperimentSpec spec) {
        List<String> h = new ArrayList<>(List.of("run_id", "point", "replicate", "seed"));
        spec.factors().forEach(f -> h.add(f.name()));
        for (String m : Metrics.names()) {
            h.add(m + "_final");
            h.add(m + "_mean");
        }
        spec.statistics().forEach(s -> h.add(RunStatistics.column(s)));
        return String.join(",", h);
    }

    /** Number of fields of a runs.csv row. */
    static int runsFields(ExperimentSpec spec) {
        return 4 + spec.factors().size() + 2 * Metrics.names().size() + spec.statistics().size();
    }

    /** The outputs (each metric's final and mean value) of a split runs.csv row; empty fields are NaN. */
    static double[] outputs(List<String> fields, ExperimentSpec spec) {
        int offset = 4 + spec.factors().size();
        double[] v = new double[2 * Metrics.names().size()];
        for (int o = 0; o < v.length; o++) {
            String cell = fields.get(offset + o);
            v[o] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        }
        return v;
    }

    static String runsRow(RunRecord r) {
        List<String> f = new ArrayList<>(List.of(Long.toString(r.run().id()), Integer.toString(r.run().point()),
                Integer.toString(r.run().replicate()), Long.toString(r.run().seed())));
        r.labels().forEach(v -> f.add(cell(v)));
        for (int i = 0; i < r.finals().length; i++) {
            f.add(Numbers.format(r.finals()[i]));
            f.add(Numbers.format(r.means()[i]));
        }
        for (double v : r.statistics()) {
            f.add(Numbers.format(v));
        }
        return String.join(",", f);
    }

    /** Time-series header: run_id, step, the kept metrics. */
    static String timeseriesHeader(ExperimentSpec spec) {
        List<String> h = new ArrayList<>(List.of("run_id", "step"));
        h.addAll(spec.metrics());
        return String.join(",", h);
    }

    static List<String> timeseriesRows(RunRecord r) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < r.steps().length; s++) {
            StringBuilder b = new StringBuilder().append(r.run().id()).append(',').append(r.steps()[s]);
            for (double v : r.series()[s]) {
                b.append(',').append(Numbers.format(v));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** A factor value as text. */
    static String text(Object v) {
        return v instanceof Number n ? Numbers.format(n.doubleValue()) : String.valueOf(v);
    }

    /** A factor value as a CSV field (quoted if it needs to be). */
    static String cell(Object v) {
        return CsvWriter.quote(text(v));
    }

    /** Splits a CSV line (fields may be quoted). */
    static List<String> split(String line) {
        return org.constellation.experiment.CsvTable.split(line);
    }
}
