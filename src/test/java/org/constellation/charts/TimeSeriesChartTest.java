package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
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
        double[] steps = new double[40];
        double[] line = new double[40];
        double[] gappy = new double[40];
        for (int i = 0; i < 40; i++) {
            steps[i] = i;
            line[i] = i;
            gappy[i] = i == 21 ? 1 : NaN;
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("line", line);
        series.put("one point", gappy);
        XYPlot plot = (XYPlot) TimeSeriesChart.create("t", "Step", "Y", steps, series).getPlot();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();

        assertThat(renderer.getItemShapeVisible(1, 21)).as("isolated value").isTrue();
        assertThat(renderer.getItemShapeVisible(1, 20)).as("gap").isFalse();
        long marked = java.util.stream.IntStream.range(0, 40).filter(i -> renderer.getItemShapeVisible(0, i)).count();
        assertThat(marked).as("markers along a line of 40 points").isBetween(8L, 12L);
    }

    @Test
    void panelsStackOverOneTimeAxisWithTheirOwnScalesAndEveryLineLooksDifferent() {
        Map<String, double[]> shares = new LinkedHashMap<>();
        shares.put("Redundant effort", new double[] {0.1, 0.2, 0.2, 0.3, 0.2});
        shares.put("Coverage of need, weighted by need", new double[] {0.5, 0.6, 0.7, 0.6, 0.8});
        Map<String, double[]> months = Map.of("Information latency", new double[] {3, 5, 8, 6, 4});
        JFreeChart chart = TimeSeriesChart.create("t", "step", STEPS, List.of(
                new SeriesPanel("share, 0-1", new ValueRange(0, 1), shares),
                new SeriesPanel("Information latency (months, 0-24)", new ValueRange(0, 24), months)),
                List.of(new TimeMarker(20, "UN mission closes"), new TimeMarker(30, "drought")));

        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        List<XYPlot> panels = plot.getSubplots();
        assertThat(panels).hasSize(2);
        assertThat(panels.get(0).getRangeAxis().getLabel()).isEqualTo("share, 0-1");
        assertThat(panels.get(0).getRangeAxis().getLowerBound()).isEqualTo(0);
        assertThat(panels.get(0).getRangeAxis().getUpperBound()).isBetween(0.8, 1.0);
        assertThat(panels.get(1).getRangeAxis().getLabel()).contains("months");
        assertThat(panels.get(1).getRenderer().getSeriesPaint(0)).as("styles continue across panels")
                .isEqualTo(ChartStyle.color(2));
        assertThat(panels.get(1).getRenderer().getSeriesShape(0)).isEqualTo(ChartStyle.shape(2));
        assertThat(panels.get(0).getRenderer().getSeriesStroke(1)).isEqualTo(ChartStyle.lineStroke(1))
                .isNotEqualTo(ChartStyle.lineStroke(0));
        assertThat(chart.getLegend()).isNotNull();
        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(3);
        assertThat(plot.getLegendItems().get(0).isShapeVisible()).isTrue();
    }

    @Test
    void eventsAreMarkedOnEveryPanelAndLabelledOnTheTopOne() throws Exception {
        JFreeChart chart = TimeSeriesChart.create("t", "step", STEPS, List.of(
                new SeriesPanel("a", ValueRange.UNBOUNDED, Map.of("a", new double[] {1, 2, 3, 4, 5})),
                new SeriesPanel("b", ValueRange.UNBOUNDED, Map.of("b", new double[] {1, 2, 3, 4, 5}))),
                List.of(new TimeMarker(20, "UN mission closes"), new TimeMarker(20, "coup"),
                        new TimeMarker(30, "drought")));
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();

        for (XYPlot panel : panels) {
            assertThat(panel.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(2);
        }
        List<String> labels = panels.get(0).getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> ((org.jfree.chart.plot.Marker) m).getLabel()).toList();
        assertThat(labels).containsExactly("UN mission closes; coup", "drought");
        assertThat(RenderedChart.render(chart, tmp, "events").svgTexts()).contains("UN mission closes; coup", "drought");
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
