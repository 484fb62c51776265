package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.experiment.CsvTable;
import org.constellation.metrics.Metrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep, analyze and plot from the command line: their files, the analysis they hold, and the report. */
class SweepCommandTest {

    static final String SOBOL = """
            name: sobol-small
            title: A small Sobol analysis
            claim: Saturation matters more than the planning horizon (a test claim)
            scenario: sahel
            steps: 6
            seed: 3
            metrics: [complementary_effort, coverage_by_need]
            timeseries: true
            factors:
              - {name: saturation, path: parameters.effects.saturation, min: 0.5, max: 6}
              - {name: chunk, path: parameters.planning.chunk, min: 0.1, max: 1}
            design: {type: sobol, samples: 4}
            """;

    @TempDir
    static Path tmp;
    static Path out;
    static String printed;

    @BeforeAll
    static void sweep() throws Exception {
        Path file = tmp.resolve("sobol.yaml");
        Files.writeString(file, SOBOL);
        out = tmp.resolve("out");
        printed = run("sweep", file.toString(), "--out", out.toString(), "--threads", "2");
    }

    static String run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), args);
        assertThat(status).as(e.toString()).isZero();
        return o.toString();
    }

    static String fail(String... args) {
        StringWriter e = new StringWriter();
        int status = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(e, true), args);
        assertThat(status).isEqualTo(Main.USER_ERROR);
        return e.toString();
    }

    @Test
    void theSweepWritesEveryOutput() {
        assertThat(printed).contains("16 runs");
        for (String f : List.of("runs.csv", "points.csv", "summary.csv", "timeseries.csv.gz", "manifest.json",
                "experiment.yaml", "sensitivity-sobol.csv", "prcc.csv", "report.html",
                "charts/sobol-complementary_effort.svg", "charts/sobol-complementary_effort.png")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
    }

    @Test
    void sobolIndicesCoverEveryOutputAndFactorWithIntervals() throws Exception {
        CsvTable sobol = CsvTable.read(out.resolve("sensitivity-sobol.csv"));
        assertThat(sobol.rows()).hasSize(2 * Metrics.names().size() * 2);
        for (List<String> row : sobol.rows()) {
            String low = row.get(sobol.column("ST_low"));
            String high = row.get(sobol.column("ST_high"));
            if (!low.isEmpty()) {
                assertThat(Double.parseDouble(low)).isLessThanOrEqualTo(Double.parseDouble(high));
            }
        }
    }

    @Test
    void theReportIsOneSelfContainedFileWithTheClaimDesignTablesAndProvenance() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("A small Sobol analysis").contains("Saturation matters more")
                .contains("parameters.effects.saturation").contains("Sobol indices").contains("git_commit")
                .contains("data:image/png;base64,").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<script").doesNotContain("src=\"charts/");
    }

    @Test
    void analyzeAndPlotRebuildTheSameDerivedFiles() throws Exception {
        String summary = Files.readString(out.resolve("summary.csv"));
        String sobol = Files.readString(out.resolve("sensitivity-sobol.csv"));
        Files.delete(out.resolve("summary.csv"));
        Files.delete(out.resolve("charts/sobol-complementary_effort.png"));
        assertThat(run("analyze", out.toString())).contains("analysed 16 runs");
        assertThat(Files.readString(out.resolve("summary.csv"))).isEqualTo(summary);
        assertThat(Files.readString(out.resolve("sensitivity-sobol.csv"))).isEqualTo(sobol);
        Files.delete(out.resolve("charts/sobol-complementary_effort.png"));
        assertThat(run("plot", out.toString())).contains("charts");
        assertThat(out.resolve("charts/sobol-complementary_effort.png")).isRegularFile();
    }

    @Test
    void aFindingWrittenAfterwardsReachesTheReportThroughPlot() throws Exception {
        Path edited = tmp.resolve("sobol-edited.yaml");
        Files.writeString(edited, SOBOL + "finding: saturation dominates, as the indices show\n");
        run("plot", out.toString(), "--experiment", edited.toString());
        assertThat(Files.readString(out.resolve("report.html"))).contains("saturation dominates, as the indices show");
        Path unclaimed = tmp.resolve("sobol-unclaimed.yaml");
        Files.writeString(unclaimed,
                SOBOL.replaceAll("claim: [^\\n]*\\n", "") + "finding: driver value comes second\n");
        run("plot", out.toString(), "--experiment", unclaimed.toString());
        assertThat(Files.readString(out.resolve("report.html"))).contains("driver value comes second")
                .doesNotContain("Claim tested");
        Path changed = tmp.resolve("sobol-changed.yaml");
        Files.writeString(changed, SOBOL.replace("seed: 3", "seed: 4"));
        assertThat(fail("plot", out.toString(), "--experiment", changed.toString())).contains("other runs");
    }

    @Test
    void anIncompleteOrForeignFolderIsRefusedWithWhatToDo() throws Exception {
        Path partial = tmp.resolve("partial");
        Files.createDirectories(partial);
        Files.copy(out.resolve("experiment.yaml"), partial.resolve("experiment.yaml"));
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        Files.write(partial.resolve("runs.csv"), lines.subList(0, 5));
        assertThat(fail("analyze", partial.toString())).contains("holds 4 of the experiment's 16 runs")
                .contains("--resume");
        assertThat(fail("plot", tmp.toString())).contains("not a sweep folder");
        assertThat(fail("sweep", tmp.resolve("nothing.yaml").toString())).contains("Unknown experiment");
    }
}
