package org.constellation.charts;

import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A parameter's marginal posterior against its prior: the share of the posterior's weight in each of
 * equal-width bins (bars) and the share of the prior's mass in the same bins (a step line), so that a
 * posterior that looks like its prior shows a parameter the data do not constrain. Bins are given on the
 * axis the prior is uniform on (for a log-uniform prior, the logarithm of the value: label the axis so).
 */
public final class PosteriorHistogramChart {

    private PosteriorHistogramChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the axis label (the parameter, and its scale)
     * @param edges the bin edges, strictly increasing (bins = edges - 1)
     * @param posterior the posterior's share of weight in each bin
     * @param prior the prior's share of mass in each bin
     * @param marker a value to mark with a vertical line (the true value, in a recovery test), or NaN
     * @return the chart, with a legend
     */
    public static JFreeChart create(String title, String xLabel, double[] edges, double[] posterior, double[] prior,
            double marker) {
        Checks.label(xLabel, "x label");
        Checks.increasing(edges, "bin edges");
        Checks.length(posterior, edges.length - 1, "posterior shares");
        Checks.length(prior, edges.length - 1, "prior shares");
        Checks.noInfinity(posterior, "posterior shares");
        XYIntervalSeries bars = new XYIntervalSeries("posterior");
        XYSeries line = new XYSeries("prior", false, true);
        for (int b = 0; b < posterior.length; b++) {
            double mid = (edges[b] + edges[b + 1]) / 2;
            bars.add(mid, edges[b], edges[b + 1], posterior[b], 0, posterior[b]);
            line.add(edges[b], prior[b]);
        }
        line.add(edges[edges.length - 1], prior[prior.length - 1]);
        XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
        barData.addSeries(bars);
        XYBarRenderer barRenderer = new XYBarRenderer(0.05);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ChartStyle.withAlpha(ChartStyle.color(0), 200));
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setRange(edges[0], edges[edges.length - 1]);
        NumberAxis yAxis = new NumberAxis("Share per bin");
        XYPlot plot = new XYPlot(barData, xAxis, yAxis, barRenderer);
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, ChartStyle.color(1));
        step.setSeriesStroke(0, ChartStyle.lineStroke(ChartStyle.palette().size()));
        plot.setDataset(1, new XYSeriesCollection(line));
        plot.setRenderer(1, step);
        if (Double.isFinite(marker)) {
            ValueMarker m = new ValueMarker(marker, ChartStyle.INK, new BasicStroke(2f));
            m.setLabel("true value");
            m.setLabelFont(ChartStyle.TICK_FONT);
            plot.addDomainMarker(m);
        }
        return ChartStyle.newChart(title, plot, true);
    }
}
