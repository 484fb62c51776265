package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeSeriesChartTest {

    private static final double NaN = Double.NaN;
    private static final double[] STEPS = {0, 10, 20, 30, 40};

    @TempDir
    Path tmp;

    private static Map<String, double[]> twoSeries() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("Lead nation", new double[] {0.1, 0.3, 0.5, 0.6, 0.7});
        series.put("Coordination cell (μ)", new double[] {0.2, NaN, 0.4, NaN, 0.5});
        return series;
    }

    @Test
    void svgShowsTitleXLabelAndSeriesNamesAsText() throws Exception {
        JFreeChart chart = TimeSeriesChart.create("Mandate fulfilment", "Step", "Fulfilment (share)",
                STEPS, twoSeries());

        RenderedChart rendered = RenderedChart.render(chart, tmp, "fulfilment").assertWellFormed();

        assertThat(rendered.svgTexts()).contains("Mandate fulfilment", "Step", "Lead nation",
                "Coordination cell (μ)");
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Fulfilment (share)");
    }

    @Test
    void legendIsShownOnlyForMoreThanOneSeries() {
        Map<String, double[]> one = Map.of("Only", new double[] {1, 2, 3, 4, 5});

        assertThat(TimeSeriesChart.create("t", "Step", "Y", STEPS, one).getLegend()).isNull();
        assertThat(TimeSeriesChart.create("t", "Step", "Y", STEPS, twoSeries()).getLegend()).isNotNull();
    }

    @Test
    void seriesTakePaletteColoursInMapOrder() {
        XYItemRenderer renderer =
                ((XYPlot) TimeSeriesChart.create("t", "Step", "Y", STEPS, twoSeries()).getPlot()).getRenderer();

        assertThat(renderer.getSeriesPaint(0)).isEqualTo(ChartStyle.color(0));
        assertThat(renderer.getSeriesPaint(1)).isEqualTo(ChartStyle.color(1));
    }

    @Test
    void nanLeavesGapsAndAnIsolatedValueGetsAMarker() {
        XYPlot plot = (XYPlot) TimeSeriesChart.create("t", "Step", "Y", STEPS, twoSeries()).getPlot();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();

        assertThat(plot.getDataset().getYValue(1, 1)).isNaN();
        assertThat(renderer.getItemShapeVisible(1, 2)).as("isolated value").isTrue();
        assertThat(renderer.getItemShapeVisible(0, 2)).as("value inside a line").isFalse();
        assertThat(renderer.getItemShapeVisible(1, 1)).as("gap").isFalse();
    }

    @Test
    void sameInputGivesIdenticalPngBytesAndSvgText() throws Exception {
        RenderedChart.assertIdentical(RenderedChart.renderTwice(
                () -> TimeSeriesChart.create("Same", "Step", "Y", STEPS, twoSeries()), tmp));
    }

    @Test
    void rejectsSeriesWhoseLengthDiffersFromSteps() {
        Map<String, double[]> series = Map.of("Trust", new double[] {1, 2, 3});

        assertThatThrownBy(() -> TimeSeriesChart.create("t", "Step", "Y", STEPS, series))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'Trust'").hasMessageContaining("3 values but 5");
    }

    @Test
    void rejectsEmptyDataUnorderedStepsBadValuesAndMissingLabels() {
        double[] values = {1, 2, 3, 4, 5};
        assertThatThrownBy(() -> TimeSeriesChart.create("t", "Step", "Y", STEPS, Map.of()))
                .hasMessageContaining("series must not be null or empty");
        assertThatThrownBy(() -> TimeSeriesChart.create("t", "Step", "Y", new double[0], Map.of("a", values)))
                .hasMessageContaining("steps must not be null or empty");
        assertThatThrownBy(() -> TimeSeriesChart.create("t", "Step", "Y", new double[] {0, 1, 1, 2, 3},
                Map.of("a", values))).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> TimeSeriesChart.create("t", "Step", "Y", STEPS,
                Map.of("a", new double[] {1, 2, Double.POSITIVE_INFINITY, 4, 5})))
                .hasMessageContaining("series 'a' is infinite at index 2");
        assertThatThrownBy(() -> TimeSeriesChart.create("t", "Step", "Y", STEPS,
                Map.of("a", new double[] {NaN, NaN, NaN, NaN, NaN})))
                .hasMessageContaining("series 'a' has no finite value");
        assertThatThrownBy(() -> TimeSeriesChart.create("t", "Step", " ", STEPS, Map.of("a", values)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y label");
    }
}
