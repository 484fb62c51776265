package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogLogChartTest {

    @TempDir
    Path tmp;

    private static Map<String, double[][]> twoSeries() {
        Map<String, double[][]> series = new LinkedHashMap<>();
        series.put("actors", new double[][] {{1, 2, 4, 8, 16}, {40, 70, 120, 230, 520}});
        series.put("districts", new double[][] {{1, 4, 16}, {100, 170, 460}});
        return series;
    }

    @Test
    void bothAxesAreLogarithmicAndEachSeriesKeepsItsOwnPoints() throws Exception {
        JFreeChart chart = LogLogChart.create("Cost against size", "size", "ms per run", twoSeries());

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(5);
        assertThat(plot.getDataset().getItemCount(1)).isEqualTo(3);
        assertThat(plot.getDataset().getXValue(1, 2)).isEqualTo(16);
        RenderedChart rendered = RenderedChart.render(chart, tmp, "scaling").assertWellFormed();
        assertThat(rendered.svgTexts()).contains("Cost against size", "size", "actors", "districts");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("ms per run");
    }

    @Test
    void rejectsValuesALogarithmicAxisCannotShow() {
        assertThatThrownBy(() -> LogLogChart.create("t", "x", "y", Map.of("s", new double[][] {{1, 2}, {3, 0}})))
                .hasMessageContaining("series 's'").hasMessageContaining("finite and positive");
        assertThatThrownBy(() -> LogLogChart.create("t", "x", "y", Map.of("s", new double[][] {{2, 1}, {3, 4}})))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> LogLogChart.create("t", "x", "y", Map.of("s", new double[][] {{1, 2}, {3}})))
                .hasMessageContaining("1 values but 2");
        assertThatThrownBy(() -> LogLogChart.create("t", " ", "y", twoSeries())).hasMessageContaining("x label");
    }
}
