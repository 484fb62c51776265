package org.constellation.cli;

import static org.constellation.cli.SweepReport.escape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.Json;
import org.constellation.experiment.calibration.BaseScenario;
import org.constellation.experiment.calibration.CalibratedParameter;
import org.constellation.experiment.calibration.CalibrationSpec;
import org.constellation.experiment.calibration.Method;
import org.constellation.experiment.calibration.PosteriorSummary;
import org.constellation.experiment.calibration.Target;

/**
 * report.html of a calibration: what it calibrates on which patterns, the design (base scenarios,
 * priors, targets, method), how the generations went, the posterior of each parameter against its prior,
 * the predictive check, the charts, the provenance and how to reproduce it. One HTML file, charts
 * embedded, no scripts and no links to the network.
 */
final class CalibrationReport {

    static final String FILE = "report.html";

    private CalibrationReport() {
    }

    /** Writes report.html from the folder's outputs. */
    static void write(Path out, CalibrationSpec spec) throws IOException {
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(spec.title())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.4}")
                .append("table{border-collapse:collapse;font-size:0.85em;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}img{max-width:100%}.left{text-align:left}")
                .append("</style></head><body>\n<h1>").append(escape(spec.title())).append("</h1>\n");
        if (!spec.description().isBlank()) {
            html.append("<p>").append(escape(spec.description())).append("</p>\n");
        }
        list(html, "Sources", spec.sources());
        list(html, "Data", spec.data());
        design(html, spec);
        CalibrationTables.generations(html, CsvTable.read(out.resolve("generations.csv")), spec);
        CalibrationTables.posterior(html, CsvTable.read(out.resolve(PosteriorSummary.FILE)));
        CalibrationTables.predictive(html, CsvTable.read(out.resolve("predictive.csv")), spec);
        html.append("<p>The charts below: the marginal posteriors against the prior (share of weight per bin; the "
                + "line is the prior), the most correlated pairs of parameters, the predictive check, the tolerance by "
                + "generation.</p>\n");
        SweepReport.charts(html, out);
        provenance(html, out);
        html.append("<h2>Reproduce</h2>\n<p>The calibration as run is copied in <code>calibration.yaml</code>; every "
                + "batch of particles is an ordinary sweep in <code>batches/</code> (its experiment file beside it). "
                + "The same file gives the same posterior for any number of threads or shards.</p>\n<pre>"
                + "./constellation calibrate ").append(escape(out.resolve("calibration.yaml").toString()))
                .append(" --out NEW-FOLDER\n./constellation run SCENARIO --parameters ")
                .append(escape(out.resolve("posterior.csv").toString()))
                .append("   # the posterior medians (or --particle N)</pre>\n</body></html>\n");
        AtomicFile.write(out.resolve(FILE), html.toString());
    }

    private static void list(StringBuilder html, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<p><b>").append(title).append(".</b></p><ul>");
        items.forEach(i -> html.append("<li>").append(escape(i)).append("</li>"));
        html.append("</ul>\n");
    }

    private static void design(StringBuilder html, CalibrationSpec spec) {
        Method m = spec.method();
        html.append("<h2>Design</h2>\n<p>Method <b>").append(m.type()).append("</b>: ");
        if (m.smc()) {
            html.append(String.format(Locale.ROOT, "populations of %d particles, up to %d generations, each tolerance "
                    + "the %.2f quantile of the last distances, %s Gaussian kernel, final tolerance %s, at most %d "
                    + "particles proposed", m.population(), m.generations(), m.quantile(), m.kernel(),
                    m.finalTolerance() > 0 ? Double.toString(m.finalTolerance()) : "none", m.maxSimulations()));
        } else {
            html.append(String.format(Locale.ROOT, "a Latin hypercube of %d points, the closest %d kept", m.samples(),
                    m.kept()));
        }
        html.append("; ").append(m.replicates()).append(" replicate(s) per particle and base scenario, every run with "
                + "a seed of its own (base seed ").append(spec.seed()).append("); distance ")
                .append(spec.distance().key()).append(" of the scaled discrepancies.</p>\n");
        html.append("<table><tr><th>base scenario</th><th class=\"left\">scenario and overrides</th><th>steps</th>"
                + "</tr>\n");
        for (BaseScenario b : spec.scenarios()) {
            html.append("<tr><td>").append(escape(b.name())).append("</td><td class=\"left\"><code>")
                    .append(escape(b.scenario())).append("</code> ").append(escape(String.join(", ", b.set())))
                    .append("</td><td>").append(b.steps() > 0 ? Integer.toString(b.steps()) : "scenario's")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<table><tr><th>parameter</th><th class=\"left\">scenario key</th><th class=\"left\">"
                + "prior</th></tr>\n");
        for (CalibratedParameter p : spec.parameters()) {
            html.append("<tr><td>").append(escape(p.name())).append("</td><td class=\"left\"><code>")
                    .append(escape(p.path())).append("</code></td><td class=\"left\">").append(escape(p.describePrior()))
                    .append(p.scenarios().isEmpty() ? "" : "; only in " + escape(String.join(", ", p.scenarios())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<table><tr><th>target</th><th class=\"left\">statistic</th><th>observed</th><th>scale"
                + "</th><th>weight</th><th class=\"left\">source</th></tr>\n");
        for (Target t : spec.targets()) {
            html.append("<tr><td>").append(escape(t.name())).append(t.fit() ? "" : " (validation)")
                    .append("</td><td class=\"left\">").append(escape(t.describeStatistic())).append("</td><td>")
                    .append(escape(t.describeObserved())).append("</td><td>").append(t.scale()).append("</td><td>")
                    .append(t.fit() ? Double.toString(t.weight()) : "-").append("</td><td class=\"left\">")
                    .append(escape(t.source())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    @SuppressWarnings("unchecked")
    private static void provenance(StringBuilder html, Path out) throws IOException {
        Path file = out.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> m = Json.read(file);
        html.append("<h2>Provenance</h2>\n<table>");
        if (m.get("constellation") instanceof Map<?, ?> tool) {
            ((Map<String, Object>) tool).forEach((k, v) -> SweepReport.row(html, k, v));
        }
        if (m.get("calibration") instanceof Map<?, ?> c) {
            SweepReport.row(html, "calibration file", c.get("file"));
            SweepReport.row(html, "calibration sha256", c.get("sha256"));
        }
        if (m.get("scenarios") instanceof Map<?, ?> s) {
            s.forEach((k, v) -> SweepReport.row(html, "scenario " + k, v instanceof Map<?, ?> f
                    ? f.get("file") + " (sha256 " + f.get("sha256") + ")" : v));
        }
        if (m.get("sessions") instanceof List<?> sessions) {
            for (Object o : sessions) {
                if (o instanceof Map<?, ?> x) {
                    SweepReport.row(html, "session", x.get("started") + " to " + x.get("ended") + ", " + x.get("threads")
                            + " threads, shard " + x.get("shard") + ", " + x.get("executed_runs") + " runs executed, "
                            + x.get("cpu_seconds_per_run") + " CPU s per run");
                }
            }
        }
        html.append("</table>\n");
    }
}
