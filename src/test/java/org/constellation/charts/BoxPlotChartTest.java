package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxPlotChartTest {

    @TempDir
    Path tmp;

    private static Map<String, List<Double>> mechanisms() {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        values.put("Zeta network", List.of(1.0, 2.0, 3.0, 4.0, 5.0, Double.NaN));
        values.put("Alpha hub", List.of(2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 100.0));
        values.put("Lead nation", List.of(3.0));
        return values;
    }

    private static JFreeChart chart() {
        return BoxPlotChart.create("Response time", "Coordination mechanism", "Steps", mechanisms());
    }

    @Test
    void categoriesKeepTheirGivenOrderAndNoLegendForOneMetric() {
        JFreeChart chart = chart();

        assertThat(((CategoryPlot) chart.getPlot()).getDataset().getColumnKeys())
                .containsExactly("Zeta network", "Alpha hub", "Lead nation");
        assertThat(chart.getLegend()).isNull();
    }

    @Test
    void statisticsIgnoreNaNAndTheValueAxisReachesTheOutliers() {
        CategoryPlot plot = (CategoryPlot) chart().getPlot();
        BoxAndWhiskerCategoryDataset data = (BoxAndWhiskerCategoryDataset) plot.getDataset();

        assertThat(data.getMedianValue(0, 0).doubleValue()).isEqualTo(3.0);
        assertThat(data.getMaxRegularValue(0, 1).doubleValue()).isEqualTo(4.5);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(100.0);
    }

    @Test
    void outlierCirclesSitOnTheCentreOfTheirBox() throws Exception {
        Map<String, Map<String, List<Double>>> grouped = new LinkedHashMap<>();
        grouped.put("First", Map.of("Hub", List.of(1.0, 2.0, 3.0, 4.0, 5.0)));
        grouped.put("Second", Map.of("Hub", List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 30.0)));
        RenderedChart rendered = RenderedChart.render(
                BoxPlotChart.createGrouped("t", "Mechanism", "Y", grouped), tmp, "outlier");

        Color series = ChartStyle.color(1);
        double circleX = meanX(rendered, series, 60);
        double boxX = meanX(rendered, blendOnWhite(series, 170), 2);

        assertThat(circleX).as("outlier circle drawn").isPositive();
        assertThat(circleX).isCloseTo(boxX, within(1.5));
    }

    /** Mean x of the plot-area pixels within {@code tolerance} of {@code colour}, or -1 if none. */
    private static double meanX(RenderedChart rendered, Color colour, int tolerance) {
        long sum = 0;
        long count = 0;
        BufferedImage png = rendered.png();
        for (int y = 0; y < png.getHeight() * 3 / 4; y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                Color pixel = new Color(png.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) <= tolerance
                        && Math.abs(pixel.getGreen() - colour.getGreen()) <= tolerance
                        && Math.abs(pixel.getBlue() - colour.getBlue()) <= tolerance) {
                    sum += x;
                    count++;
                }
            }
        }
        return count == 0 ? -1 : (double) sum / count;
    }

    private static Color blendOnWhite(Color colour, int alpha) {
        return new Color(blend(colour.getRed(), alpha), blend(colour.getGreen(), alpha),
                blend(colour.getBlue(), alpha));
    }

    private static int blend(int channel, int alpha) {
        return (int) Math.round(255 + (channel - 255) * alpha / 255.0);
    }

    @Test
    void groupedBoxesShowEverySeriesInLegendAndSvg() throws Exception {
        Map<String, Map<String, List<Double>>> grouped = new LinkedHashMap<>();
        grouped.put("Response time", mechanisms());
        grouped.put("Duplication", Map.of("Alpha hub", List.of(1.0, 1.5, 2.0)));
        JFreeChart chart = BoxPlotChart.createGrouped("Two metrics", "Mechanism", "Value", grouped);

        RenderedChart rendered = RenderedChart.render(chart, tmp, "grouped").assertWellFormed();

        assertThat(chart.getLegend()).isNotNull();
        assertThat(rendered.svgTexts()).contains("Two metrics", "Mechanism",
                "Response time", "Duplication", "Zeta network", "Alpha hub");
    }

    @Test
    void sameInputGivesIdenticalPngBytesAndSvgText() throws Exception {
        RenderedChart.assertIdentical(RenderedChart.renderTwice(BoxPlotChartTest::chart, tmp));
    }

    @Test
    void rejectsEmptyNullInfiniteOrAllNaNValues() {
        assertThatThrownBy(() -> BoxPlotChart.create("t", "M", "Y", Map.of()))
                .hasMessageContaining("values by category must not be null or empty");
        assertThatThrownBy(() -> BoxPlotChart.create("t", "M", "Y", Map.of("Hub", List.of())))
                .hasMessageContaining("values of category 'Hub' must not be null or empty");
        assertThatThrownBy(() -> BoxPlotChart.create("t", "M", "Y", Map.of("Hub", Arrays.asList(1.0, null))))
                .hasMessageContaining("values of category 'Hub' has null at index 1");
        assertThatThrownBy(() -> BoxPlotChart.create("t", "M", "Y",
                Map.of("Hub", List.of(Double.NaN, Double.NaN))))
                .hasMessageContaining("values of category 'Hub' has no finite value");
        assertThatThrownBy(() -> BoxPlotChart.create("t", "M", "Y",
                Map.of("Hub", List.of(Double.NEGATIVE_INFINITY))))
                .hasMessageContaining("-Infinity at index 0");
        assertThatThrownBy(() -> BoxPlotChart.create("t", null, "Y", mechanisms()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x label");
    }
}
