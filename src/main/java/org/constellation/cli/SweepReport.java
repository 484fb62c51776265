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
import org.constellation.experiment.Json;
import org.constellation.experiment.sweep.ExperimentSpec;
import org.constellation.experiment.sweep.FactorSpec;
import org.constellation.experiment.sweep.RunPlan;

/**
 * report.html of a sweep: what it asks and claims, the design, the tables of {@link ReportTables}, the
 * charts, the provenance manifest.json records, and how to reproduce it. One HTML file with the charts
 * embedded, no scripts and no links to the network.
 */
final class SweepReport {

    static final String FILE = "report.html";

    private SweepReport() {
    }

    /** The claim tested, if any, and the finding: awaited where a claim has none yet. */
    private static void claimAndFinding(StringBuilder html, ExperimentSpec spec) {
        boolean claim = !spec.claim().isBlank();
        if (!claim && spec.finding().isBlank()) {
            return;
        }
        html.append("<div class=\"claim\">");
        if (claim) {
            html.append("<p><b>Claim tested.</b> ").append(escape(spec.claim())).append("</p>");
        }
        html.append("<p><b>Finding.</b> ").append(spec.finding().isBlank()
                ? "<i>not yet written: read the tables below and record it in the experiment file.</i>"
                : escape(spec.finding())).append("</p></div>\n");
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
        claimAndFinding(html, spec);
        design(html, spec, plan);
        ReportTables.summary(html, out, spec, metrics);
        ReportTables.differences(html, out, spec, metrics);
        ReportTables.sensitivity(html, out, metrics);
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
                .append(spec.independentSeeds() ? " (every run has a seed of its own).</p>\n"
                        : " (replicate r of every point uses the same seed: common random numbers).</p>\n");
        if (spec.factors().isEmpty()) {
            return;
        }
        html.append("<table><tr><th>factor</th><th>scenario key</th><th>values</th></tr>\n");
        for (FactorSpec f : spec.factors()) {
            String values = f.numeric() ? "[" + Figures.level(Double.toString(f.min())) + ", "
                    + Figures.level(Double.toString(f.max())) + "]" + (f.integer() ? " integers" : "")
                    + (f.log() ? ", log scale" : "") : String.join(", ", f.labels());
            html.append("<tr><td>").append(escape(f.name())).append("</td><td><code>").append(escape(f.path()))
                    .append("</code></td><td>").append(escape(values)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** The charts of out/charts, embedded. */
    static void charts(StringBuilder html, Path out) throws IOException {
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

    static void row(StringBuilder html, String key, Object value) {
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
