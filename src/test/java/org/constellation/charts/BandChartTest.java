package org.constellation.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BandChartTest {

    private static final double NaN = Double.NaN;
    private static final double[] STEPS = {0, 1, 2, 3, 4};

    @TempDir
    Path tmp;

    private static Map<String, Band> groups() {
        Map<String, Band> groups = new LinkedHashMap<>();
        groups.put("Integrated mission", new Band(new double[] {1, 2, 3, 4, 5},
                new double[] {0.5, 1.5, 2.5, 3.5, 4.5}, new double[] {1.5, 2.5, 3.5, 4.5, 5.5}));
        groups.put("Ad hoc", new Band(new double[] {2, 2, NaN, 2, 2},
                new double[] {-1, 1, NaN, 1, 1}, new double[] {3, 3, NaN, 3, 9}));
        return groups;
    }

    private static JFreeChart chart() {
        return BandChart.create("Fulfilment (95% CI)", "Step", "Fulfilment", STEPS, groups());
    }

    @Test
    void svgShowsTitleXLabelAndGroupNamesAsText() throws Exception {
        RenderedChart rendered = RenderedChart.render(chart(), tmp, "band").assertWellFormed();

        assertThat(rendered.svgTexts()).contains("Fulfilment (95% CI)", "Step",
                "Integrated mission", "Ad hoc");
    }

    @Test
    void gapSplitsTheBandButLegendKeepsOneEntryPerGroup() {
        XYPlot plot = (XYPlot) chart().getPlot();

        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(3);
        assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(2);
        assertThat(plot.getFixedLegendItems().get(1).getLabel()).isEqualTo("Ad hoc");
        assertThat(plot.getRenderer().getSeriesPaint(2)).isEqualTo(ChartStyle.color(1));
    }

    @Test
    void valueAxisCoversTheWholeBand() {
        XYPlot plot = (XYPlot) chart().getPlot();

        assertThat(plot.getRangeAxis().getLowerBound()).isLessThanOrEqualTo(-1);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void bandsOfABoundedMetricAreClippedToItsRange() {
        Map<String, Band> share = Map.of("point 0", new Band(new double[] {0.02, 0.5, 0.98},
                new double[] {-0.05, 0.4, 0.9}, new double[] {0.09, 0.6, 1.07}));
        XYPlot plot = (XYPlot) BandChart.create("t", "step", "Redundant effort (share, 0-1)", new double[] {0, 1, 2},
                share, new ValueRange(0, 1), java.util.List.of(new TimeMarker(1, "UN mission closes"))).getPlot();
        org.jfree.data.xy.IntervalXYDataset data = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset();

        assertThat(data.getStartYValue(0, 0)).isEqualTo(0);
        assertThat(data.getEndYValue(0, 2)).isEqualTo(1);
        assertThat(data.getEndYValue(0, 1)).isEqualTo(0.6);
        assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(0);
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(1);
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
    }

    @Test
    void groupsDifferInLineStyleAndShapeAsWellAsColour() {
        XYPlot plot = (XYPlot) chart().getPlot();

        assertThat(plot.getRenderer().getSeriesStroke(0)).isNotEqualTo(plot.getRenderer().getSeriesStroke(1));
        assertThat(plot.getFixedLegendItems().get(0).getShape()).isEqualTo(ChartStyle.shape(0));
        assertThat(plot.getFixedLegendItems().get(1).getShape()).isEqualTo(ChartStyle.shape(1));
    }

    @Test
    void sameInputGivesIdenticalPngBytesAndSvgText() throws Exception {
        RenderedChart.assertIdentical(RenderedChart.renderTwice(BandChartTest::chart, tmp));
    }

    @Test
    void bandCopiesItsArrays() {
        double[] mean = {1, 2};
        Band band = new Band(mean, new double[] {0, 1}, new double[] {2, 3});
        mean[0] = 99;
        band.mean()[1] = 99;

        assertThat(band.mean()).containsExactly(1, 2);
        assertThat(band).isEqualTo(new Band(new double[] {1, 2}, new double[] {0, 1}, new double[] {2, 3}));
    }

    @Test
    void rejectsInconsistentBands() {
        assertThatThrownBy(() -> new Band(new double[] {1, 2}, new double[] {0}, new double[] {2, 3}))
                .hasMessageContaining("band lower bound has 1 values but 2");
        assertThatThrownBy(() -> new Band(new double[] {1, 2}, new double[] {0, 4}, new double[] {2, 3}))
                .hasMessageContaining("lower bound 4.0 exceeds upper bound 3.0 at index 1");
        assertThatThrownBy(() -> new Band(new double[0], new double[0], new double[0]))
                .hasMessageContaining("band mean must not be null or empty");
    }

    @Test
    void rejectsBandsThatDoNotMatchStepsOrHaveNoCompleteStep() {
        Band shortBand = new Band(new double[] {1}, new double[] {0}, new double[] {2});
        Band empty = new Band(new double[] {1, NaN}, new double[] {NaN, 0}, new double[] {2, 2});

        assertThatThrownBy(() -> BandChart.create("t", "Step", "Y", new double[] {0, 1}, Map.of("g", shortBand)))
                .hasMessageContaining("group 'g' has 1 steps but 2 were expected");
        assertThatThrownBy(() -> BandChart.create("t", "Step", "Y", new double[] {0, 1}, Map.of("g", empty)))
                .hasMessageContaining("group 'g' has no step with finite mean, lower and upper");
        assertThatThrownBy(() -> BandChart.create("t", "", "Y", STEPS, groups()))
                .hasMessageContaining("x label");
    }
}
