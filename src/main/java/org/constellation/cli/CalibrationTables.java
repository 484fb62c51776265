package org.constellation.cli;

import static org.constellation.cli.SweepReport.escape;

import java.util.List;
import java.util.Locale;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.calibration.CalibrationSpec;
import org.constellation.experiment.calibration.PosteriorSummary;

/** The tables of a calibration's report.html, read from its CSV files. */
final class CalibrationTables {

    private CalibrationTables() {
    }

    static void generations(StringBuilder html, CsvTable t, CalibrationSpec spec) {
        html.append("<h2>Generations</h2>\n<p>Tolerance, proposals, share within the tolerance and effective sample "
                + "size of the weights (<code>generations.csv</code>; every particle in <code>particles.csv</code>)."
                + "</p>\n<table><tr><th>generation</th><th>tolerance</th><th>proposed</th><th>within</th>"
                + "<th>acceptance</th><th>ESS</th><th>runs</th><th>complete</th></tr>\n");
        for (List<String> r : t.rows()) {
            html.append("<tr><td>").append(cell(t, r, "generation")).append("</td><td>")
                    .append(r.get(t.column("tolerance")).isEmpty() ? spec.method().smc() ? "prior" : "-"
                            : number(t, r, "tolerance")).append("</td><td>").append(cell(t, r, "proposed"))
                    .append("</td><td>").append(cell(t, r, "accepted")).append("</td><td>")
                    .append(number(t, r, "acceptance_rate")).append("</td><td>").append(number(t, r, "ess"))
                    .append("</td><td>").append(cell(t, r, "runs")).append("</td><td>")
                    .append("1".equals(r.get(t.column("complete"))) ? "yes" : "no: budget spent").append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    static void posterior(StringBuilder html, CsvTable t) {
        html.append("<h2>Posterior</h2>\n<p>Weighted median and 90% credible interval of each parameter, against the "
                + "prior's 90% interval; <i>ratio</i> is the width of the posterior interval over the prior's (on the "
                + "log scale for log-uniform priors): a parameter at ").append(PosteriorSummary.UNCONSTRAINED)
                .append(" or more is not constrained by the targets (<code>posterior-summary.csv</code>).</p>\n")
                .append("<table><tr><th>parameter</th><th>prior 90%</th><th>median</th><th>posterior 90%</th>"
                        + "<th>ratio</th><th>constrained</th></tr>\n");
        for (List<String> r : t.rows()) {
            html.append("<tr><td>").append(cell(t, r, "name")).append("</td><td>[").append(number(t, r, "prior_q05"))
                    .append(", ").append(number(t, r, "prior_q95")).append("]</td><td>").append(number(t, r, "median"))
                    .append("</td><td>[").append(number(t, r, "q05")).append(", ").append(number(t, r, "q95"))
                    .append("]</td><td>").append(number(t, r, "interval_ratio")).append("</td><td>")
                    .append(cell(t, r, "constrained")).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    static void predictive(StringBuilder html, CsvTable t, CalibrationSpec spec) {
        html.append("<h2>Predictive check</h2>\n<p>Each target's statistic over ").append(spec.predictive().draws())
                .append(" draws from the posterior, run again (posterior predictive), and over the particles drawn "
                        + "from the prior (prior predictive): median and 90% interval, against the observation. "
                        + "Validation targets were not fitted: theirs is an out-of-sample check "
                        + "(<code>predictive.csv</code>).</p>\n<table><tr><th>target</th><th>role</th><th>observed</th>"
                        + "<th>prior median [90%]</th><th>posterior median [90%]</th><th>observed in posterior 90% / "
                        + "share showing the pattern</th></tr>\n");
        for (List<String> r : t.rows()) {
            boolean ordering = ">".equals(r.get(t.column("relation")));
            html.append("<tr><td>").append(cell(t, r, "target")).append("</td><td>").append(cell(t, r, "role"))
                    .append("</td><td>").append(ordering ? "&gt; " : "").append(number(t, r, "observed"))
                    .append("</td><td>").append(interval(t, r, "prior")).append("</td><td>")
                    .append(interval(t, r, "posterior")).append("</td><td>")
                    .append(ordering ? "prior " + number(t, r, "prior_met") + ", posterior " + number(t, r,
                            "posterior_met") : cell(t, r, "observed_in_posterior_90")).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String interval(CsvTable t, List<String> r, String which) {
        return number(t, r, which + "_median") + " [" + number(t, r, which + "_q05") + ", " + number(t, r, which + "_q95")
                + "]";
    }

    private static String cell(CsvTable t, List<String> r, String column) {
        return escape(r.get(t.column(column)));
    }

    private static String number(CsvTable t, List<String> r, String column) {
        String v = r.get(t.column(column));
        return v.isEmpty() ? "-" : String.format(Locale.ROOT, "%.4g", Double.parseDouble(v));
    }
}
