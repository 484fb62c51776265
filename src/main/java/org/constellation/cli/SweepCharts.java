package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.charts.Band;
import org.constellation.charts.BandChart;
import org.constellation.charts.BoxPlotChart;
import org.constellation.charts.ChartFiles;
import org.constellation.charts.HeatmapChart;
import org.constellation.charts.TimeMarker;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.analysis.SummaryStatistics;
import org.constellation.experiment.sweep.ExperimentSpec;
import org.constellation.experiment.sweep.FactorSpec;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.metrics.MetricInfo;

/**
 * Charts of a finished sweep, read from its files into charts/: each headline metric over time with a
 * 95% band per group (a categorical factor's levels, or the design points when there are few), clipped
 * to the metric's range and with the base scenario's scheduled events marked, box plots of its run
 * means per group, a heatmap over the first two numeric factors of a grid, and the sensitivity indices
 * as bars ({@link SensitivityCharts}). Axes name each metric in words with its unit ({@link MetricLabels}).
 */
final class SweepCharts {

    /** Metrics charted when an experiment does not choose its own. */
    static final List<String> HEADLINE = List.of("redundant_effort", "coverage_by_need", "unmet_need",
            "absorption_overload", "transition_shortfall", "armed_group_strength");
    private static final int MAX_GROUPS = 12;

    private SweepCharts() {
    }

    /** Writes every chart the sweep's files allow; returns how many. */
    static int write(Path out, ExperimentSpec spec, RunPlan plan) throws IOException {
        Path charts = out.resolve("charts");
        List<String> metrics = headline(spec);
        CsvTable runs = CsvTable.read(out.resolve("runs.csv"));
        Map<String, String> groupOfRun = groups(runs, spec, plan);
        List<String> written = new ArrayList<>();
        if (twoFactorGrid(spec, runs)) {
            for (String m : metrics) {
                written.add(groupedBox(charts, runs, m, spec));
            }
        }
        if (!groupOfRun.isEmpty()) {
            if (!twoFactorGrid(spec, runs)) {
                for (String m : metrics) {
                    written.add(box(charts, runs, groupOfRun, m, spec));
                }
            }
            Path series = out.resolve("timeseries.csv.gz");
            if (Files.exists(series)) {
                written.addAll(bands(charts, series, groupOfRun, metrics, SweepEvents.markers(out, spec)));
            }
        }
        written.addAll(heatmaps(charts, out, spec, metrics));
        written.addAll(SensitivityCharts.write(charts, out, metrics));
        return written.size();
    }

    /** The metrics the experiment chose, or the headline ones if it kept them all. */
    static List<String> headline(ExperimentSpec spec) {
        List<String> chosen = spec.metrics();
        return chosen.equals(org.constellation.metrics.Metrics.names()) ? HEADLINE : chosen;
    }

    /** Most levels of the first factor and of the second for grouped box plots. */
    private static final int MAX_CATEGORIES = 16;
    private static final int MAX_SERIES = 8;

    /** Two factors crossed in a grid (or listed), with few enough levels to draw grouped boxes. */
    private static boolean twoFactorGrid(ExperimentSpec spec, CsvTable runs) {
        if (spec.factors().size() != 2 || !(spec.design().equals("grid") || spec.design().equals("explicit"))) {
            return false;
        }
        return runs.rows().stream().map(r -> r.get(4)).distinct().count() <= MAX_CATEGORIES
                && runs.rows().stream().map(r -> r.get(5)).distinct().count() <= MAX_SERIES;
    }

    /** Box plots of a metric's run means: the first factor's levels along the axis, the second's as series. */
    private static String groupedBox(Path charts, CsvTable runs, String metric, ExperimentSpec spec)
            throws IOException {
        int column = runs.column(metric + "_mean");
        Map<String, Map<String, List<Double>>> bySeries = new LinkedHashMap<>();
        for (List<String> row : runs.rows()) {
            double v = CsvTable.number(row.get(column));
            if (!Double.isNaN(v)) {
                bySeries.computeIfAbsent(spec.factors().get(1).name() + " = " + row.get(5), k -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get(4), k -> new ArrayList<>()).add(v);
            }
        }
        String name = "box-" + metric;
        MetricInfo info = MetricInfo.of(metric);
        ChartFiles.write(BoxPlotChart.createGrouped(info.label() + ": mean over each run", spec.factors().get(0).name(),
                info.axisLabel(), bySeries), charts, name, 1000, 550);
        return name;
    }

    /** Group label of each run: the level of the only categorical factor, or the point when points are few. */
    static Map<String, String> groups(CsvTable runs, ExperimentSpec spec, RunPlan plan) {
        List<Integer> categorical = new ArrayList<>();
        for (int i = 0; i < spec.factors().size(); i++) {
            if (!spec.factors().get(i).numeric()) {
                categorical.add(i);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        boolean byFactor = categorical.size() == 1 && spec.factors().size() == 1;
        if (!byFactor && plan.points() > MAX_GROUPS) {
            return out;
        }
        for (List<String> row : runs.rows()) {
            int point = Integer.parseInt(row.get(1));
            out.put(row.get(0), byFactor ? row.get(4 + categorical.get(0)) : pointLabel(spec, row, point));
        }
        return out;
    }

    private static String pointLabel(ExperimentSpec spec, List<String> row, int point) {
        if (spec.factors().isEmpty()) {
            return "all runs";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < spec.factors().size(); i++) {
            parts.add(spec.factors().get(i).name() + "=" + row.get(4 + i));
        }
        return String.join(", ", parts);
    }

    private static String box(Path charts, CsvTable runs, Map<String, String> groupOfRun, String metric,
            ExperimentSpec spec) throws IOException {
        int column = runs.column(metric + "_mean");
        Map<String, List<Double>> byGroup = new LinkedHashMap<>();
        for (List<String> row : runs.rows()) {
            double v = CsvTable.number(row.get(column));
            if (!Double.isNaN(v)) {
                byGroup.computeIfAbsent(groupOfRun.get(row.get(0)), k -> new ArrayList<>()).add(v);
            }
        }
        String name = "box-" + metric;
        MetricInfo info = MetricInfo.of(metric);
        ChartFiles.write(BoxPlotChart.create(info.label() + ": mean over each run", groupTitle(spec), info.axisLabel(),
                byGroup), charts, name, 900, 500);
        return name;
    }

    private static List<String> bands(Path charts, Path series, Map<String, String> groupOfRun, List<String> metrics,
            List<TimeMarker> markers) throws IOException {
        Map<String, Map<Integer, List<double[]>>> values = new LinkedHashMap<>();
        List<String> header = CsvTable.stream(series, row -> {
            String group = groupOfRun.get(row.get(0));
            double[] v = new double[row.size() - 2];
            for (int i = 2; i < row.size(); i++) {
                v[i - 2] = CsvTable.number(row.get(i));
            }
            values.computeIfAbsent(group, k -> new java.util.TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(row.get(1)), k -> new ArrayList<>()).add(v);
        });
        List<String> written = new ArrayList<>();
        for (String metric : metrics) {
            int k = header.indexOf(metric) - 2;
            if (k < 0) {
                continue;
            }
            Map<String, Band> bands = new LinkedHashMap<>();
            double[] steps = null;
            for (Map.Entry<String, Map<Integer, List<double[]>>> g : values.entrySet()) {
                int n = g.getValue().size();
                double[] mean = new double[n];
                double[] low = new double[n];
                double[] high = new double[n];
                steps = new double[n];
                int i = 0;
                for (Map.Entry<Integer, List<double[]>> step : g.getValue().entrySet()) {
                    double[] sample = step.getValue().stream().mapToDouble(v -> v[k]).toArray();
                    SummaryStatistics s = SummaryStatistics.of(sample);
                    steps[i] = step.getKey();
                    mean[i] = s.mean();
                    low[i] = Double.isNaN(s.ciLow()) ? s.mean() : s.ciLow();
                    high[i] = Double.isNaN(s.ciHigh()) ? s.mean() : s.ciHigh();
                    i++;
                }
                bands.put(g.getKey(), new Band(mean, low, high));
            }
            String name = "over-time-" + metric;
            MetricInfo info = MetricInfo.of(metric);
            ChartFiles.write(BandChart.create(info.label() + " over time: mean and 95% interval", RunCharts.X_LABEL,
                    info.axisLabel(), steps, bands, MetricLabels.range(info), markers), charts, name, 900, 520);
            written.add(name);
        }
        return written;
    }

    private static List<String> heatmaps(Path charts, Path out, ExperimentSpec spec, List<String> metrics)
            throws IOException {
        List<FactorSpec> numeric = spec.factors().stream().filter(FactorSpec::numeric).toList();
        if (!spec.design().equals("grid") || numeric.size() < 2) {
            return List.of();
        }
        CsvTable summary = CsvTable.read(out.resolve("summary.csv"));
        int xc = summary.column(numeric.get(0).name());
        int yc = summary.column(numeric.get(1).name());
        double[] xs = summary.rows().stream().mapToDouble(r -> CsvTable.number(r.get(xc))).distinct().sorted().toArray();
        double[] ys = summary.rows().stream().mapToDouble(r -> CsvTable.number(r.get(yc))).distinct().sorted().toArray();
        List<String> written = new ArrayList<>();
        for (String metric : metrics) {
            int zc = summary.column(metric + "_mean_mean");
            double[][] sum = new double[xs.length][ys.length];
            int[][] n = new int[xs.length][ys.length];
            for (List<String> r : summary.rows()) {
                int i = java.util.Arrays.binarySearch(xs, CsvTable.number(r.get(xc)));
                int j = java.util.Arrays.binarySearch(ys, CsvTable.number(r.get(yc)));
                sum[i][j] += CsvTable.number(r.get(zc));
                n[i][j]++;
            }
            double[][] z = new double[xs.length][ys.length];
            for (int i = 0; i < xs.length; i++) {
                for (int j = 0; j < ys.length; j++) {
                    z[i][j] = n[i][j] == 0 ? Double.NaN : sum[i][j] / n[i][j];
                }
            }
            String name = "heatmap-" + metric;
            MetricInfo info = MetricInfo.of(metric);
            ChartFiles.write(HeatmapChart.create(info.label() + ": mean over each run, averaged over replicates",
                    numeric.get(0).name(), numeric.get(1).name(), info.axisLabel(), xs, ys, z), charts, name, 800, 600);
            written.add(name);
        }
        return written;
    }

    private static String groupTitle(ExperimentSpec spec) {
        return spec.factors().size() == 1 ? spec.factors().get(0).name() : "design point";
    }
}
