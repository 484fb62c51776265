package org.constellation.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.Json;
import org.constellation.experiment.sweep.ExperimentSpec;
import org.constellation.experiment.sweep.FactorSpec;
import org.constellation.experiment.sweep.RunPlan;

/**
 * report.html of a sweep: what it asks and claims, the design, the per-point means with their 95%
 * confidence intervals for the headline metrics, the sensitivity indices, the charts, and how to
 * reproduce it, with the provenance manifest.json records. One HTML file with the charts embedded, no
 * scripts and no links to the network.
 */
final class SweepReport {

    static final String FILE = "report.html";
    private static final int MAX_ROWS = 60;

    private SweepReport() {
    }

    /** Writes report.html; returns its name. */
    static String write(Path out, ExperimentSpec spec, RunPlan plan) throws IOException {
        List<String> metrics = SweepCharts.headline(spec);
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title(spec))).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.4}")
                .append("table{border-collapse:collapse;font-size:0.85em;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}img{max-width:100%}")
                .append(".claim{background:#f3f6fa;padding:0.5em 1em;border-left:4px solid #4a78b5}")
                .append("</style></head><body>\n");
        html.append("<h1>").append(escape(title(spec))).append("</h1>\n");
        paragraph(html, spec.description());
        if (!spec.claim().isBlank()) {
            html.append("<div class=\"claim\"><p><b>Claim tested.</b> ").append(escape(spec.claim())).append("</p>");
            html.append("<p><b>Finding.</b> ").append(spec.finding().isBlank()
                    ? "<i>not yet written: read the tables below and record it in the experiment file.</i>"
                    : escape(spec.finding())).append("</p></div>\n");
        }
        design(html, spec, plan);
        summary(html, out, spec, metrics);
        differences(html, out, spec, metrics);
        sensitivity(html, out, metrics);
        charts(html, out);
        provenance(html, out);
        reproduce(html, out);
        html.append("</body></html>\n");
        try (AtomicFile f = AtomicFile.open(out.resolve(FILE))) {
            Writer w = f.writer();
            w.write(html.toString());
            w.flush();
            f.commit();
        }
        return FILE;
    }

    private static String title(ExperimentSpec spec) {
        return spec.title().isBlank() ? spec.name() : spec.title();
    }

    private static void paragraph(StringBuilder html, String text) {
        if (!text.isBlank()) {
            html.append("<p>").append(escape(text)).append("</p>\n");
        }
    }

    private static void design(StringBuilder html, ExperimentSpec spec, RunPlan plan) {
        html.append("<h2>Design</h2>\n<p>Base scenario <code>").append(escape(spec.scenario())).append("</code>");
        if (!spec.set().isEmpty()) {
            html.append(" with <code>").append(escape(String.join(", ", spec.set()))).append("</code>");
        }
        html.append(". Design <b>").append(escape(spec.design())).append("</b>: ").append(plan.points())
                .append(" points &times; ").append(spec.replications()).append(" replicates = ").append(plan.runs())
                .append(" runs, base seed ").append(spec.seed())
                .append(" (replicate r of every point uses the same seed: common random numbers).</p>\n");
        if (spec.factors().isEmpty()) {
            return;
        }
        html.append("<table><tr><th>factor</th><th>scenario key</th><th>values</th></tr>\n");
        for (FactorSpec f : spec.factors()) {
            String values = f.numeric() ? "[" + f.min() + ", " + f.max() + "]" + (f.integer() ? " integers" : "")
                    + (f.log() ? ", log scale" : "") : String.join(", ", f.labels());
            html.append("<tr><td>").append(escape(f.name())).append("</td><td><code>").append(escape(f.path()))
                    .append("</code></td><td>").append(escape(values)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void summary(StringBuilder html, Path out, ExperimentSpec spec, List<String> metrics)
            throws IOException {
        CsvTable t = CsvTable.read(out.resolve("summary.csv"));
        html.append("<h2>Results by design point</h2>\n<p>Mean over replicates of each metric's mean over the run, "
                + "with its 95% confidence interval (t distribution). All statistics are in <code>summary.csv</code>; "
                + "every run is in <code>runs.csv</code>.</p>\n");
        table(html, t, spec, metrics, "_mean_");
        html.append("<h3>At the last step</h3>\n<p>The same for each metric's value at the end of the run, which is "
                + "what counts for metrics of an ending such as <code>transition_drop</code>.</p>\n");
        table(html, t, spec, metrics, "_final_");
    }

    private static void table(StringBuilder html, CsvTable t, ExperimentSpec spec, List<String> metrics, String stat) {
        html.append("<table><tr><th>point</th>");
        spec.factors().forEach(f -> html.append("<th>").append(escape(f.name())).append("</th>"));
        html.append("<th>n</th>");
        metrics.forEach(m -> html.append("<th>").append(escape(m)).append("</th>"));
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
                html.append("<td>").append(escape(row.get(c))).append("</td>");
            }
            for (String m : metrics) {
                html.append("<td>").append(interval(t, row, m + stat)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void differences(StringBuilder html, Path out, ExperimentSpec spec, List<String> metrics)
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
        metrics.forEach(m -> html.append("<th>").append(escape(m)).append("</th>"));
        html.append("</tr>\n");
        int output = t.column("output");
        Map<String, List<String>> labels = new java.util.LinkedHashMap<>();
        Map<String, Map<String, String>> cells = new java.util.LinkedHashMap<>();
        for (List<String> row : t.rows()) {
            String name = row.get(output);
            if (name.endsWith("_mean") && labels.size() <= MAX_ROWS) {
                labels.putIfAbsent(row.get(0), row.subList(0, spec.factors().size() + 1));
                cells.computeIfAbsent(row.get(0), k -> new java.util.HashMap<>()).put(name.substring(0,
                        name.length() - 5), short4(row.get(t.column("difference"))) + " ["
                        + short4(row.get(t.column("ci_low"))) + ", " + short4(row.get(t.column("ci_high"))) + "]");
            }
        }
        for (Map.Entry<String, List<String>> point : labels.entrySet()) {
            html.append("<tr>");
            point.getValue().forEach(v -> html.append("<td>").append(escape(v)).append("</td>"));
            metrics.forEach(m -> html.append("<td>").append(cells.get(point.getKey()).getOrDefault(m, "&ndash;"))
                    .append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String interval(CsvTable t, List<String> row, String prefix) {
        String mean = short4(row.get(t.column(prefix + "mean")));
        String low = row.get(t.column(prefix + "ci_low"));
        String high = row.get(t.column(prefix + "ci_high"));
        return low.isEmpty() ? mean : mean + " [" + short4(low) + ", " + short4(high) + "]";
    }

    private static String short4(String number) {
        if (number.isEmpty()) {
            return "&ndash;";
        }
        double v = Double.parseDouble(number);
        return String.format(java.util.Locale.ROOT, Math.abs(v) >= 1000 ? "%.0f" : "%.4g", v);
    }

    private static void sensitivity(StringBuilder html, Path out, List<String> metrics) throws IOException {
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
            html.append("<tr><td>").append(escape(output)).append("</td><td>")
                    .append(escape(row.get(t.column("factor")))).append("</td>");
            columns.forEach(c -> html.append("<td>").append(short4(row.get(t.column(c)))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void charts(StringBuilder html, Path out) throws IOException {
        Path dir = out.resolve("charts");
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> pngs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().forEach(pngs::add);
        }
        if (pngs.isEmpty()) {
            return;
        }
        html.append("<h2>Charts</h2>\n<p>Embedded here; each is also in <code>charts/</code> as PNG and SVG.</p>\n");
        for (Path png : pngs) {
            html.append("<figure><img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(Files.readAllBytes(png))).append("\" alt=\"")
                    .append(escape(png.getFileName().toString())).append("\"><figcaption>charts/")
                    .append(escape(png.getFileName().toString())).append("</figcaption></figure>\n");
        }
    }

    @SuppressWarnings("unchecked")
    private static void provenance(StringBuilder html, Path out) throws IOException {
        Path file = out.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> manifest = Json.read(file);
        html.append("<h2>Provenance</h2>\n<table>");
        Object tool = manifest.get("constellation");
        if (tool instanceof Map<?, ?> t) {
            ((Map<String, Object>) t).forEach((k, v) -> row(html, k, v));
        }
        for (String section : List.of("experiment", "scenario")) {
            if (manifest.get(section) instanceof Map<?, ?> m) {
                row(html, section + " file", m.get("file"));
                row(html, section + " sha256", m.get("sha256"));
            }
        }
        if (manifest.get("sessions") instanceof List<?> sessions) {
            for (Object s : sessions) {
                if (s instanceof Map<?, ?> m) {
                    row(html, "session", m.get("started") + " to " + m.get("ended") + ", " + m.get("threads")
                            + " threads, " + m.get("executed_runs") + " runs executed, " + m.get("resumed_runs")
                            + " resumed");
                }
            }
        }
        html.append("</table>\n");
    }

    private static void row(StringBuilder html, String key, Object value) {
        html.append("<tr><td>").append(escape(key)).append("</td><td>").append(escape(String.valueOf(value)))
                .append("</td></tr>\n");
    }

    private static void reproduce(StringBuilder html, Path out) throws IOException {
        String dir = escape(out.toString());
        String file = dir + "/experiment.yaml";
        String commit = "the commit in manifest.json";
        Path manifest = out.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            Map<String, Object> m = Json.read(manifest);
            if (m.get("experiment") instanceof Map<?, ?> e && e.get("file") != null) {
                file = escape(e.get("file").toString());
            }
            if (m.get("constellation") instanceof Map<?, ?> c && c.get("git_commit") != null) {
                commit = "commit <code>" + escape(c.get("git_commit").toString()) + "</code>";
            }
        }
        html.append("<h2>Reproduce</h2>\n<p>At ").append(commit).append(" (check the hashes above), every run "
                + "again, with the same results for any number of threads; any single run can also be re-run alone from "
                + "its seed in <code>runs.csv</code>. The experiment as run is copied in <code>experiment.yaml</code>."
                + "</p>\n<pre>./constellation sweep ").append(file).append(" --out NEW-FOLDER\n")
                .append("./constellation analyze ").append(dir).append("   # summary, sensitivity, charts, report\n")
                .append("./constellation plot ").append(dir).append("      # charts and report only</pre>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
