package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's charts and report: metrics named in words with units, events marked, numbers in one notation. */
class SweepChartsTest {

    static final String EXPERIMENT = """
            name: transition-small
            scenario: teaching/the-mission-leaves
            metrics: [transition_shortfall, coverage_by_need, information_latency]
            timeseries: true
            replications: 3
            factors:
              - {name: mechanisms, path: coordination.mechanisms, values: [[none], [transition-planning]],
                 labels: [none, transition-planning]}
            design: {type: explicit, points: [{mechanisms: [none]}, {mechanisms: [transition-planning]}]}
            """;

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void sweep() throws Exception {
        Path file = tmp.resolve("transition.yaml");
        Files.writeString(file, EXPERIMENT);
        out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "sweep",
                file.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(status).as(err.toString()).isZero();
    }

    @Test
    void chartsNameEachMetricInWordsAndMarkTheScenariosEvents() throws Exception {
        String band = Files.readString(out.resolve("charts/over-time-transition_shortfall.svg"));
        assertThat(band).contains("Transition shortfall over time", "UN mission closes", "transition-planning")
                .doesNotContain("transition_shortfall");
        assertThat(Files.readString(out.resolve("charts/over-time-information_latency.svg")))
                .contains("Information latency over time");
        assertThat(Files.readString(out.resolve("charts/box-coverage_by_need.svg")))
                .contains("Coverage of need, weighted by need: mean over each run");
    }

    @Test
    void reportTablesUseOnePlainNotationWithIntervalsToMatchingDecimals() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<th>Transition shortfall<br><code>transition_shortfall</code></th>");
        List<String> cells = Pattern.compile("<td>([^<]*)</td>").matcher(html.substring(html.indexOf(
                "<h2>Results by design point"), html.indexOf("<h2>Charts"))).results().map(m -> m.group(1)).toList();
        assertThat(cells).isNotEmpty().noneMatch(c -> c.matches(".*\\d[eE][-+]?\\d.*"));
        Matcher interval = Pattern.compile("(-?\\d+(?:\\.(\\d+))?) \\[(-?\\d+(?:\\.(\\d+))?), (-?\\d+(?:\\.(\\d+))?)]")
                .matcher(html);
        int intervals = 0;
        while (interval.find()) {
            intervals++;
            assertThat(decimals(interval.group(2))).as(interval.group()).isEqualTo(decimals(interval.group(4)))
                    .isEqualTo(decimals(interval.group(6)));
        }
        assertThat(intervals).isGreaterThan(6);
    }

    private static int decimals(String fraction) {
        return fraction == null ? 0 : fraction.length();
    }
}
