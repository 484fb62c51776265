package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sensitivity charts of outputs that varied, and none (rather than a failed sweep) for one that did not. */
class SensitivityChartsTest {

    @TempDir
    Path out;

    @Test
    void anOutputThatNeverVariedHasNoIndicesAndNoChart() throws Exception {
        Files.writeString(out.resolve("sensitivity-sobol.csv"), """
                output,factor,S1,S1_low,S1_high,ST,ST_low,ST_high
                varied_mean,saturation,0.6,0.4,0.8,0.7,0.5,0.9
                varied_mean,chunk,0.1,,,0.2,0.1,0.3
                constant_mean,saturation,,,,,,
                constant_mean,chunk,NaN,NaN,NaN,NaN,NaN,NaN
                """);
        Path charts = Files.createDirectories(out.resolve("charts"));
        List<String> written = SensitivityCharts.write(charts, out, List.of("varied", "constant"));
        assertThat(written).containsExactly("sobol-varied");
        assertThat(charts.resolve("sobol-varied.svg")).isRegularFile();
        assertThat(charts.resolve("sobol-constant.svg")).doesNotExist();
    }
}
