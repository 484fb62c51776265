package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.constellation.metrics.Metrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * runs.csv and summary.csv load with no options in pandas ({@code read_csv}) and R ({@code read.csv}),
 * with every metric column numeric, even with a factor whose values hold commas and quotes. .ci/run
 * installs pandas and R; elsewhere the tests are skipped when they are missing.
 */
class CsvInteropTest {

    static final String EXPERIMENT = """
            name: interop
            scenario: sahel
            steps: 4
            replications: 2
            factors:
              - name: mechanisms
                path: coordination.mechanisms
                values: [[], [integrated-office, {name: focal-points, members: [minusma]}]]
            design: {type: grid}
            """;

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void sweep() throws Exception {
        Path file = tmp.resolve("interop.yaml");
        Files.writeString(file, EXPERIMENT);
        out = tmp.resolve("out");
        SweepCommandTest.run("sweep", file.toString(), "--out", out.toString(), "--no-charts");
    }

    private static String python() throws Exception {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            if (exitsCleanly(List.of(candidate, "-c", "import pandas"))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean exitsCleanly(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String output(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        return text.trim();
    }

    @Test
    void pandasReadsRunsAndSummaryWithNumericMetrics() throws Exception {
        String python = python();
        assumeTrue(python != null, "pandas is not installed (.ci/run installs python3-pandas)");
        String script = "import pandas as pd\n"
                + "r = pd.read_csv('" + out.resolve("runs.csv") + "')\n"
                + "s = pd.read_csv('" + out.resolve("summary.csv") + "')\n"
                + "m = [c for c in r.columns if c.endswith('_final') or c.endswith('_mean')]\n"
                + "print(len(r), len(s), len(m), all(pd.api.types.is_numeric_dtype(r[c]) for c in m), "
                + "r['mechanisms'].nunique(), all(pd.api.types.is_numeric_dtype(s[c]) for c in s.columns[3:]))\n";
        assertThat(output(List.of(python, "-c", script)))
                .isEqualTo("4 2 " + 2 * Metrics.names().size() + " True 2 True");
    }

    @Test
    void rReadsRunsAndSummaryWithNumericMetrics() throws Exception {
        assumeTrue(exitsCleanly(List.of("Rscript", "-e", "1")), "R is not installed (.ci/run installs r-base-core)");
        String script = "r <- read.csv('" + out.resolve("runs.csv") + "'); s <- read.csv('" + out.resolve("summary.csv")
                + "'); m <- grep('_(final|mean)$', names(r)); cat(nrow(r), nrow(s), length(m), "
                + "all(sapply(r[m], is.numeric)), length(unique(r$mechanisms)), all(sapply(s[-(1:2)], is.numeric)))";
        assertThat(output(List.of("Rscript", "-e", script)))
                .isEqualTo("4 2 " + 2 * Metrics.names().size() + " TRUE 2 TRUE");
    }
}
