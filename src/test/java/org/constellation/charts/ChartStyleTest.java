package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    @Test
    void paletteIsTheEightOkabeItoColours() {
        assertThat(ChartStyle.palette()).extracting(Color::getRGB)
                .map(rgb -> rgb & 0xFFFFFF)
                .containsExactlyInAnyOrder(0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                        0x0072B2, 0xD55E00, 0xCC79A7);
        assertThat(ChartStyle.color(0)).isEqualTo(new Color(0x0072B2));
    }

    @Test
    void seriesBeyondThePaletteReuseColoursWithDashedLines() {
        assertThat(ChartStyle.color(8)).isEqualTo(ChartStyle.color(0));
        assertThat(((BasicStroke) ChartStyle.lineStroke(7)).getDashArray()).isNull();
        assertThat(((BasicStroke) ChartStyle.lineStroke(8)).getDashArray()).isNotEmpty();
    }

    @Test
    void everyBuilderGivesWhiteBackgroundsAndStyledAxisLabels() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("a", new double[] {1, 2});
        Map<String, Band> bands = Map.of("g", new Band(new double[] {1, 2}, new double[] {0, 1},
                new double[] {2, 3}));
        List<JFreeChart> charts = List.of(
                TimeSeriesChart.create("t", "Step", "Y", new double[] {0, 1}, series),
                BandChart.create("t", "Step", "Y", new double[] {0, 1}, bands),
                BoxPlotChart.create("t", "Mechanism", "Y", Map.of("m", List.of(1.0, 2.0))),
                HeatmapChart.create("t", "A", "B", "Z", new double[] {1, 2}, new double[] {1, 2},
                        new double[][] {{1, 2}, {3, 4}}),
                SensitivityBarChart.create("t", "Factor", "Index",
                        Map.of("f", List.of(SensitivityIndex.of("S1", 0.2)))));
        for (JFreeChart chart : charts) {
            assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
            assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
            for (Axis axis : axes(chart)) {
                assertThat(axis.getLabel()).isNotBlank();
                assertThat(axis.getLabelFont()).isEqualTo(ChartStyle.LABEL_FONT);
                assertThat(axis.getTickLabelFont()).isEqualTo(ChartStyle.TICK_FONT);
            }
        }
    }

    private static List<Axis> axes(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot xy) {
            return List.of(xy.getDomainAxis(), xy.getRangeAxis());
        }
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        return List.of(plot.getDomainAxis(), plot.getRangeAxis());
    }
}
