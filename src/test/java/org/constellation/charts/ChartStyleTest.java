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
    void theTwoOrangesAreNeverNeighboursAndYellowComesLast() {
        List<Integer> order = ChartStyle.palette().stream().map(c -> c.getRGB() & 0xFFFFFF).toList();
        assertThat(Math.abs(order.indexOf(0xE69F00) - order.indexOf(0xD55E00))).isGreaterThan(2);
        assertThat(order.get(7)).isEqualTo(0xF0E442);
    }

    @Test
    void withoutColourTheFirstTwelveSeriesStillDifferInLineStyleOrShape() {
        java.util.Set<List<Object>> looks = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            float[] dash = ((BasicStroke) ChartStyle.lineStroke(i)).getDashArray();
            looks.add(List.of(dash == null ? "solid" : java.util.Arrays.toString(dash),
                    ChartStyle.shape(i).getBounds2D().toString() + ChartStyle.shape(i).getClass()
                            + pathPoints(ChartStyle.shape(i))));
        }
        assertThat(looks).hasSize(12);
        assertThat(((BasicStroke) ChartStyle.lineStroke(0)).getDashArray()).isNull();
        assertThat(((BasicStroke) ChartStyle.lineStroke(1)).getDashArray()).isNotEmpty();
    }

    @Test
    void paletteColoursStayApartForReadersWithEachKindOfColourBlindness() {
        double[][][] simulations = { // Machado, Oliveira and Fernandes (2009), severity 1, linear RGB
            {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
            {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
            {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};
        List<Color> palette = ChartStyle.palette();
        for (double[][] m : simulations) {
            for (int i = 0; i < palette.size(); i++) {
                for (int j = i + 1; j < palette.size(); j++) {
                    assertThat(distance(simulate(m, palette.get(i)), simulate(m, palette.get(j))))
                            .as(palette.get(i) + " vs " + palette.get(j)).isGreaterThan(0.1);
                }
            }
        }
    }

    private static String pathPoints(java.awt.Shape shape) {
        StringBuilder b = new StringBuilder();
        double[] c = new double[6];
        for (java.awt.geom.PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            b.append(it.currentSegment(c)).append(java.util.Arrays.toString(c));
        }
        return b.toString();
    }

    private static double[] simulate(double[][] m, Color c) {
        double[] linear = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = m[i][0] * linear[0] + m[i][1] * linear[1] + m[i][2] * linear[2];
            v = Math.max(0, Math.min(1, v));
            out[i] = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        }
        return out;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
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
