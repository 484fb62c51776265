package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityBarChartTest {

    @TempDir
    Path tmp;

    private static Map<String, List<SensitivityIndex>> sobol(boolean withBounds) {
        Map<String, List<SensitivityIndex>> indices = new LinkedHashMap<>();
        indices.put("trust", List.of(index("S1", 0.40, withBounds), index("ST", 0.55, withBounds)));
        indices.put("budget", List.of(index("S1", 0.10, withBounds), index("ST", 0.20, withBounds)));
        indices.put("delay", List.of(index("ST", 0.05, withBounds)));
        return indices;
    }

    private static SensitivityIndex index(String name, double value, boolean withBounds) {
        return withBounds ? SensitivityIndex.of(name, value, value - 0.1, value + 0.35)
                : SensitivityIndex.of(name, value);
    }

    private static JFreeChart chart(boolean withBounds) {
        return SensitivityBarChart.create("Sobol indices", "Parameter", "Index", sobol(withBounds));
    }

    @Test
    void factorsKeepTheirOrderAndIndexNamesBecomeSeries() {
        JFreeChart chart = chart(true);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();

        assertThat(plot.getDataset().getColumnKeys()).containsExactly("trust", "budget", "delay");
        assertThat(plot.getDataset().getRowKeys()).containsExactly("S1", "ST");
        assertThat(plot.getDataset().getValue("S1", "delay")).isNull();
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void valueAxisCoversTheUpperConfidenceBound() {
        CategoryPlot plot = (CategoryPlot) chart(true).getPlot();

        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void errorBarsAddDarkStrokesToTheImage() throws Exception {
        RenderedChart with = RenderedChart.render(chart(true), tmp, "with").assertWellFormed();
        RenderedChart without = RenderedChart.render(
                SensitivityBarChart.create("Sobol indices", "Parameter", "Index", sobol(false)),
                tmp, "without").assertWellFormed();

        int ink = ChartStyle.INK.getRGB() & 0xFFFFFF;
        assertThat(with.countPixels(ink)).isGreaterThan(without.countPixels(ink) + 100);
    }

    @Test
    void svgShowsFactorAndNonAsciiIndexNames() throws Exception {
        Map<String, List<SensitivityIndex>> morris = new LinkedHashMap<>();
        morris.put("trust", List.of(SensitivityIndex.of("μ*", 0.3), SensitivityIndex.of("σ", 0.1)));
        morris.put("budget", List.of(SensitivityIndex.of("μ*", 0.2), SensitivityIndex.of("σ", 0.3)));

        RenderedChart rendered = RenderedChart.render(
                SensitivityBarChart.create("Morris screening", "Parameter", "Effect", morris),
                tmp, "morris").assertWellFormed();

        assertThat(rendered.svgTexts()).contains("Morris screening", "trust", "budget", "μ*", "σ");
    }

    @Test
    void sameInputGivesIdenticalPngBytesAndSvgText() throws Exception {
        RenderedChart.assertIdentical(RenderedChart.renderTwice(() -> chart(true), tmp));
    }

    @Test
    void rejectsInvalidIndicesAndFactors() {
        assertThatThrownBy(() -> SensitivityIndex.of("S1", 0.3, 0.5, 0.2))
                .hasMessageContaining("index 'S1' needs both bounds").hasMessageContaining("[0.5, 0.2]");
        assertThatThrownBy(() -> SensitivityIndex.of("S1", 0.3, Double.NaN, 0.4))
                .hasMessageContaining("both bounds NaN or both finite");
        assertThatThrownBy(() -> SensitivityIndex.of("S1", Double.NaN))
                .hasMessageContaining("non-finite value");
        assertThatThrownBy(() -> SensitivityBarChart.create("t", "F", "I",
                Map.of("trust", List.of(SensitivityIndex.of("S1", 0.1), SensitivityIndex.of("S1", 0.2)))))
                .hasMessageContaining("factor 'trust' has index 'S1' twice");
        assertThatThrownBy(() -> SensitivityBarChart.create("t", "F", "I", Map.of("trust", List.of())))
                .hasMessageContaining("indices of factor 'trust' must not be null or empty");
        assertThatThrownBy(() -> SensitivityBarChart.create("t", "F", "I", Map.of()))
                .hasMessageContaining("indices by factor");
    }
}
