package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.constellation.charts.ChartFiles;
import org.constellation.charts.PairScatterChart;
import org.constellation.charts.PosteriorHistogramChart;
import org.constellation.charts.PredictiveIntervalChart;
import org.constellation.charts.TimeSeriesChart;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.calibration.CalibratedParameter;
import org.constellation.experiment.calibration.CalibrationOutputs;
import org.constellation.experiment.calibration.CalibrationSpec;
import org.constellation.experiment.calibration.Weighted;

/**
 * The charts of a calibration, from its output files: each parameter's marginal posterior against its
 * prior, scatter plots of the most correlated pairs of parameters, the targets' prior and posterior
 * predictive intervals against the observations, and the tolerance by generation.
 */
final class CalibrationCharts {

    /** Most pair scatter plots drawn. */
    static final int PAIRS = 3;
    private static final int BINS = 20;
    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private CalibrationCharts() {
    }

    /** Writes the charts into out/charts; returns how many. */
    static int write(Path out, CalibrationSpec spec) throws IOException {
        Path dir = out.resolve("charts");
        CsvTable posterior = CsvTable.read(out.resolve(CalibrationOutputs.POSTERIOR));
        double[] weights = column(posterior, "weight");
        List<CalibratedParameter> parameters = spec.parameters();
        double[][] scaled = new double[parameters.size()][];
        int charts = 0;
        for (int d = 0; d < parameters.size(); d++) {
            CalibratedParameter p = parameters.get(d);
            double[] values = column(posterior, p.path());
            scaled[d] = scale(p, values);
            ChartFiles.write(marginal(p, scaled[d], weights), dir, "marginal-" + p.name(), WIDTH, HEIGHT);
            charts++;
        }
        for (int[] pair : pairs(scaled, weights)) {
            CalibratedParameter a = parameters.get(pair[0]);
            CalibratedParameter b = parameters.get(pair[1]);
            ChartFiles.write(PairScatterChart.create(null, axis(a), axis(b), scaled[pair[0]], scaled[pair[1]],
                    range(a), range(b)), dir, "pair-" + a.name() + "-" + b.name(), WIDTH, HEIGHT);
            charts++;
        }
        ChartFiles.write(predictive(CsvTable.read(out.resolve("predictive.csv"))), dir, "predictive", WIDTH, HEIGHT);
        charts++;
        CsvTable generations = CsvTable.read(out.resolve(CalibrationOutputs.GENERATIONS));
        double[] tolerance = column(generations, "tolerance");
        if (java.util.Arrays.stream(tolerance).filter(Double::isFinite).count() > 1) {
            double[] g = column(generations, "generation");
            ChartFiles.write(TimeSeriesChart.create(null, "Generation", "Tolerance (distance)", g,
                    java.util.Map.of("tolerance", tolerance)), dir, "tolerance", WIDTH, HEIGHT);
            charts++;
        }
        return charts;
    }

    private static org.jfree.chart.JFreeChart marginal(CalibratedParameter p, double[] scaled, double[] weights) {
        double[] edges;
        double[] prior;
        if (p.integer() && p.max() - p.min() < 40) {
            int n = (int) (p.max() - p.min()) + 1;
            edges = new double[n + 1];
            prior = new double[n];
            for (int b = 0; b <= n; b++) {
                edges[b] = p.min() - 0.5 + b;
            }
            java.util.Arrays.fill(prior, 1.0 / n);
        } else {
            double[] r = range(p);
            edges = new double[BINS + 1];
            for (int b = 0; b <= BINS; b++) {
                edges[b] = r[0] + (r[1] - r[0]) * b / BINS;
            }
            prior = new double[BINS];
            java.util.Arrays.fill(prior, 1.0 / BINS);
        }
        double[] shares = new double[prior.length];
        double total = 0;
        for (int i = 0; i < scaled.length; i++) {
            int b = java.util.Arrays.binarySearch(edges, scaled[i]);
            b = b >= 0 ? Math.min(b, shares.length - 1) : Math.min(-b - 2, shares.length - 1);
            shares[Math.max(0, b)] += weights[i];
            total += weights[i];
        }
        for (int b = 0; b < shares.length; b++) {
            shares[b] /= total;
        }
        return PosteriorHistogramChart.create(null, axis(p), edges, shares, prior, Double.NaN);
    }

    /** The pairs of parameters with the largest absolute weighted correlation, at most {@link #PAIRS}. */
    static List<int[]> pairs(double[][] scaled, double[] weights) {
        int k = scaled.length;
        double[][] rows = new double[weights.length][k];
        for (int i = 0; i < weights.length; i++) {
            for (int d = 0; d < k; d++) {
                rows[i][d] = scaled[d][i];
            }
        }
        double[][] r = Weighted.correlation(Weighted.covariance(rows, Weighted.normalise(weights)));
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                pairs.add(new int[] {a, b});
            }
        }
        pairs.sort(Comparator.comparingDouble((int[] p) -> -Math.abs(nanToZero(r[p[0]][p[1]]))));
        return pairs.subList(0, Math.min(PAIRS, pairs.size()));
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static org.jfree.chart.JFreeChart predictive(CsvTable table) {
        List<String> names = new ArrayList<>();
        List<PredictiveIntervalChart.Intervals> series = new ArrayList<>();
        int n = table.rows().size();
        double[][][] v = new double[2][3][n];
        for (int t = 0; t < n; t++) {
            List<String> row = table.rows().get(t);
            names.add(row.get(table.column("target")) + ("validation".equals(row.get(table.column("role")))
                    ? " (validation)" : ""));
            double observed = CsvTable.number(row.get(table.column("observed")));
            double scale = CsvTable.number(row.get(table.column("scale")));
            String[] which = {"prior", "posterior"};
            String[] stat = {"median", "q05", "q95"};
            for (int w = 0; w < 2; w++) {
                for (int s = 0; s < 3; s++) {
                    v[w][s][t] = (CsvTable.number(row.get(table.column(which[w] + "_" + stat[s]))) - observed) / scale;
                }
            }
        }
        series.add(new PredictiveIntervalChart.Intervals("prior predictive (90%)", v[0][0], v[0][1], v[0][2]));
        series.add(new PredictiveIntervalChart.Intervals("posterior predictive (90%)", v[1][0], v[1][1], v[1][2]));
        return PredictiveIntervalChart.create(null, "(statistic - observed) / scale", names, series);
    }

    /** Values on the axis the prior is uniform on: the logarithm for log-uniform priors. */
    private static double[] scale(CalibratedParameter p, double[] values) {
        double[] out = values.clone();
        if (p.prior() == CalibratedParameter.Prior.LOG_UNIFORM) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.log10(out[i]);
            }
        }
        return out;
    }

    private static double[] range(CalibratedParameter p) {
        return p.prior() == CalibratedParameter.Prior.LOG_UNIFORM ? new double[] {Math.log10(p.min()),
            Math.log10(p.max())} : p.integer() ? new double[] {p.min() - 0.5, p.max() + 0.5}
            : new double[] {p.min(), p.max()};
    }

    private static String axis(CalibratedParameter p) {
        return p.prior() == CalibratedParameter.Prior.LOG_UNIFORM ? String.format(Locale.ROOT, "log10(%s)", p.name())
                : p.name();
    }

    private static double[] column(CsvTable table, String name) throws IOException {
        int c = table.column(name);
        if (c < 0) {
            throw new IOException("no column " + name);
        }
        return table.rows().stream().mapToDouble(r -> CsvTable.number(r.get(c))).toArray();
    }
}
