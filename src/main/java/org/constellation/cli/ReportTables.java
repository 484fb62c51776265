package org.constellation.cli;

import static org.constellation.cli.SweepReport.escape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.sweep.ExperimentSpec;
import org.constellation.metrics.MetricInfo;

/**
 * The tables of a sweep's report.html, read from its CSV files: results by design point (means over the
 * run and final values, with 95% intervals), paired differences from point 0, and sensitivity indices.
 * Metrics are named in words; numbers are plain decimals to the precision their intervals resolve
 * ({@link Figures}).
 */
final class ReportTables {

    /** Rows shown before a table refers to its file. */
    private static final int MAX_ROWS = 60;

    private ReportTables() {
    }

    static void summary(StringBuilder html, Path out, ExperimentSpec spec, List<String> metrics)
            throws IOException {
        CsvTable t = CsvTable.read(out.resolve("summary.csv"));
        html.append("<h2>Results by design point</h2>\n<p>Mean over replicates of each metric's mean over the run, "
                + "with its 95% confidence interval (t distribution). All statistics are in <code>summary.csv</code>; "
                + "every run is in <code>runs.csv</code>.</p>\n");
        table(html, t, spec, metrics, "_mean_");
        html.append("<h3>At the last step</h3>\n<p>The same for each metric's value at the end of the run, which is "
                + "what counts for metrics of an ending such as <code>transition_shortfall</code>.</p>\n");
        table(html, t, spec, metrics, "_final_");
    }

    private static void table(StringBuilder html, CsvTable t, ExperimentSpec spec, List<String> metrics, String stat) {
        html.append("<table><tr><th>point</th>");
        spec.factors().forEach(f -> html.append("<th>").append(escape(f.name())).append("</th>"));
        html.append("<th>n</th>");
        metrics.forEach(m -> html.append(metricHeader(m)));
        html.append("</tr>\n");
        int shown = 0;
        for (List<String> row : t.rows()) {
            if (shown++ == MAX_ROWS) {
                html.append("<tr><td colspan=\"99\">&hellip; ").append(t.rows().size() - MAX_ROWS)
                        .append(" more points in summary.csv</td></tr>\n");
                break;
            }
            html.append("<tr>");
            for (int c = 0; c < spec.factors().size() + 2; c++) {
                html.append("<td>").append(Figures.level(row.get(c))).append("</td>");
            }
            for (String m : metrics) {
                html.append("<td>").append(interval(t, row, m + stat)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    static void differences(StringBuilder html, Path out, ExperimentSpec spec, List<String> metrics)
            throws IOException {
        Path file = out.resolve("differences.csv");
        if (!Files.exists(file)) {
            return;
        }
        CsvTable t = CsvTable.read(file);
        html.append("<h2>Differences from point 0</h2>\n<p>Each point minus point 0, replicate by replicate (replicate r "
                + "of every point has the same seed, so each pair shares its random draws), for each metric's mean "
                + "over the run: mean paired difference [95% interval]. An interval that excludes 0 is a difference "
                + "the replicates resolve. All metrics are in <code>differences.csv</code>.</p>\n<table><tr><th>point</th>");
        spec.factors().forEach(f -> html.append("<th>").append(escape(f.name())).append("</th>"));
        metrics.forEach(m -> html.append(metricHeader(m)));
        html.append("</tr>\n");
        int output = t.column("output");
        Map<String, List<String>> labels = new java.util.LinkedHashMap<>();
        Map<String, Map<String, String>> cells = new java.util.LinkedHashMap<>();
        for (List<String> row : t.rows()) {
            String name = row.get(output);
            if (name.endsWith("_mean") && labels.size() <= MAX_ROWS) {
                labels.putIfAbsent(row.get(0), row.subList(0, spec.factors().size() + 1));
                cells.computeIfAbsent(row.get(0), k -> new java.util.HashMap<>()).put(name.substring(0,
                        name.length() - 5), Figures.interval(number(row.get(t.column("difference"))),
                        number(row.get(t.column("ci_low"))), number(row.get(t.column("ci_high")))));
            }
        }
        for (Map.Entry<String, List<String>> point : labels.entrySet()) {
            html.append("<tr>");
            point.getValue().forEach(v -> html.append("<td>").append(Figures.level(v)).append("</td>"));
            metrics.forEach(m -> html.append("<td>").append(cells.get(point.getKey()).getOrDefault(m, "&ndash;"))
                    .append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String interval(CsvTable t, List<String> row, String prefix) {
        return Figures.interval(number(row.get(t.column(prefix + "mean"))), number(row.get(t.column(prefix + "ci_low"))),
                number(row.get(t.column(prefix + "ci_high"))));
    }

    private static double number(String csv) {
        return csv.isEmpty() ? Double.NaN : Double.parseDouble(csv);
    }

    /** A table header naming a metric in words, with its id. */
    private static String metricHeader(String metric) {
        return "<th>" + escape(MetricInfo.of(metric).label()) + "<br><code>" + escape(metric) + "</code></th>";
    }

    static void sensitivity(StringBuilder html, Path out, List<String> metrics) throws IOException {
        section(html, out.resolve("sensitivity-sobol.csv"), "Sobol indices", "First-order (S1) and total (ST) "
                + "indices with bootstrap 95% intervals: the share of the variance of the metric due to the factor "
                + "alone, and with all its interactions.", List.of("S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high"),
                metrics);
        section(html, out.resolve("sensitivity-morris.csv"), "Morris elementary effects", "mu* ranks the factors "
                + "by overall influence; a sigma close to mu* signals interactions or non-linearity.",
                List.of("mu", "mu_star", "sigma"), metrics);
        section(html, out.resolve("prcc.csv"), "Partial rank correlation", "Monotone association of each numeric "
                + "factor with the metric, the other factors held constant.", List.of("prcc", "p_value"), metrics);
    }

    private static void section(StringBuilder html, Path file, String title, String explanation, List<String> columns,
            List<String> metrics) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        CsvTable t = CsvTable.read(file);
        html.append("<h2>").append(title).append("</h2>\n<p>").append(explanation).append(" From <code>")
                .append(file.getFileName()).append("</code>, on each metric's mean over the run.</p>\n");
        html.append("<table><tr><th>metric</th><th>factor</th>");
        columns.forEach(c -> html.append("<th>").append(c).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : t.rows()) {
            String output = row.get(t.column("output"));
            if (!output.endsWith("_mean") || !metrics.contains(output.substring(0, output.length() - 5))) {
                continue;
            }
            html.append("<tr><td>").append(escape(MetricInfo.of(output.substring(0, output.length() - 5)).label()))
                    .append(" (mean)</td><td>")
                    .append(escape(row.get(t.column("factor")))).append("</td>");
            columns.forEach(c -> html.append("<td>").append(c.equals("p_value") && !row.get(t.column(c)).isEmpty()
                    ? Figures.pValue(number(row.get(t.column(c)))) : Figures.cell(row.get(t.column(c)))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }
}
