package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatmapChartTest {

    private static final double[] TRUST = {0.2, 0.4, 0.6, 0.8};
    private static final double[] BUDGET = {1, 10, 100};

    @TempDir
    Path tmp;

    private static double[][] response(boolean withGap) {
        double[][] z = new double[TRUST.length][BUDGET.length];
        for (int i = 0; i < TRUST.length; i++) {
            for (int j = 0; j < BUDGET.length; j++) {
                z[i][j] = TRUST[i] * (j + 1);
            }
        }
        if (withGap) {
            z[1][1] = Double.NaN;
        }
        return z;
    }

    private static JFreeChart chart(boolean withGap) {
        return HeatmapChart.create("Fulfilment", "Initial trust", "Budget (M USD)", "Fulfilment rate",
                TRUST, BUDGET, response(withGap));
    }

    @Test
    void nanCellIsDrawnGreyAndExplainedUnderThePlot() throws Exception {
        RenderedChart withGap = RenderedChart.render(chart(true), tmp, "gap").assertWellFormed();
        RenderedChart complete = RenderedChart.render(chart(false), tmp, "full").assertWellFormed();

        int grey = ChartStyle.NO_DATA.getRGB() & 0xFFFFFF;
        long stray = complete.countPixels(grey);
        assertThat(stray).as("anti-aliasing blends that happen to match grey").isLessThan(100);
        assertThat(withGap.countPixels(grey)).as("grey pixels").isGreaterThan(stray + 2000);
        assertThat(withGap.svgTexts()).contains(HeatmapChart.NO_DATA_NOTE);
        assertThat(complete.svgTexts()).doesNotContain(HeatmapChart.NO_DATA_NOTE);
    }

    @Test
    void colourScaleLegendAndAxesNameTheFactorsAndResponse() throws Exception {
        JFreeChart chart = chart(false);
        PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitles().stream()
                .filter(PaintScaleLegend.class::isInstance).findFirst().orElseThrow();

        RenderedChart rendered = RenderedChart.render(chart, tmp, "heat");

        assertThat(legend.getAxis().getLabel()).isEqualTo("Fulfilment rate");
        assertThat(legend.getScale().getLowerBound()).isEqualTo(0.2);
        assertThat(legend.getScale().getUpperBound()).isEqualTo(2.4, within(1e-12));
        assertThat(rendered.svgTexts()).contains("Fulfilment", "Initial trust");
        assertThat(((XYPlot) chart.getPlot()).getRangeAxis().getLabel()).isEqualTo("Budget (M USD)");
    }

    @Test
    void evenLevelsGetANumericAxisAndUnevenLevelsGetLabelledCells() {
        XYPlot plot = (XYPlot) chart(false).getPlot();

        assertThat(plot.getDomainAxis()).isNotInstanceOf(SymbolAxis.class).isInstanceOf(NumberAxis.class);
        assertThat(plot.getDomainAxis().getLowerBound()).isEqualTo(0.1, within(1e-12));
        assertThat(plot.getRangeAxis()).isInstanceOf(SymbolAxis.class);
        assertThat(((SymbolAxis) plot.getRangeAxis()).getSymbols()).containsExactly("1", "10", "100");
    }

    @Test
    void viridisScaleRunsFromPurpleToYellowWithGreyForNaN() {
        ViridisPaintScale scale = new ViridisPaintScale(0, 10);

        assertThat(scale.getPaint(0)).isEqualTo(new Color(0x440154));
        assertThat(scale.getPaint(10)).isEqualTo(new Color(0xFDE725));
        assertThat(scale.getPaint(42)).isEqualTo(new Color(0xFDE725));
        assertThat(scale.getPaint(Double.NaN)).isEqualTo(ChartStyle.NO_DATA);
    }

    @Test
    void constantResponseStillGetsAUsableScale() {
        double[][] flat = {{3, 3}, {3, 3}};
        JFreeChart chart = HeatmapChart.create("t", "A", "B", "Z", new double[] {1, 2}, new double[] {1, 2}, flat);
        PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitles().stream()
                .filter(PaintScaleLegend.class::isInstance).findFirst().orElseThrow();

        assertThat(legend.getScale().getLowerBound()).isLessThan(3);
        assertThat(legend.getScale().getUpperBound()).isGreaterThan(3);
    }

    @Test
    void singleLevelFactorsGetOneLabelledCell() throws Exception {
        JFreeChart chart = HeatmapChart.create("t", "A", "B", "Z", new double[] {0.5}, new double[] {7},
                new double[][] {{1.25}});

        XYPlot plot = (XYPlot) chart.getPlot();
        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).containsExactly("0.5");
        assertThat(((SymbolAxis) plot.getRangeAxis()).getSymbols()).containsExactly("7");
        RenderedChart.render(chart, tmp, "single").assertWellFormed();
    }

    @Test
    void sameInputGivesIdenticalPngBytesAndSvgText() throws Exception {
        RenderedChart.assertIdentical(RenderedChart.renderTwice(() -> chart(true), tmp));
    }

    @Test
    void rejectsMatricesThatDoNotMatchTheLevels() {
        double[] x = {1, 2};
        double[] y = {1, 2, 3};
        assertThatThrownBy(() -> HeatmapChart.create("t", "A", "B", "Z", x, y, new double[3][3]))
                .hasMessageContaining("one row per x value (2) but has 3");
        assertThatThrownBy(() -> HeatmapChart.create("t", "A", "B", "Z", x, y, new double[][] {{1, 2, 3}, {1, 2}}))
                .hasMessageContaining("z row 1 has 2 values but 3 were expected");
        assertThatThrownBy(() -> HeatmapChart.create("t", "A", "B", "Z", x, y,
                new double[][] {{Double.NaN, Double.NaN, Double.NaN}, {Double.NaN, Double.NaN, Double.NaN}}))
                .hasMessageContaining("z has no finite value");
        assertThatThrownBy(() -> HeatmapChart.create("t", "A", "B", "Z", x, new double[] {3, 2, 1}, new double[2][3]))
                .hasMessageContaining("y must be strictly increasing");
        assertThatThrownBy(() -> HeatmapChart.create("t", "A", "B", "", x, y, new double[2][3]))
                .hasMessageContaining("z label");
    }
}
