package org.constellation.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Predictive intervals of several targets on one axis: each target's statistic minus its observed value,
 * divided by its scale, so the observation is the line at 0 for every target (for an ordering, the
 * pattern is met above it). For each target, one interval per distribution (e.g. prior and posterior
 * predictive), with its median as a dot.
 */
public final class PredictiveIntervalChart {

    private PredictiveIntervalChart() {
    }

    /**
     * One distribution's intervals, one per target.
     *
     * @param name its name in the legend
     * @param median the median of each target
     * @param low the lower bound of each target's interval
     * @param high the upper bound of each target's interval
     */
    public record Intervals(String name, double[] median, double[] low, double[] high) {
    }

    /**
     * Builds the chart.
     *
     * @param title the title, or null/blank for none
     * @param yLabel the value-axis label
     * @param targets the target names, in axis order
     * @param distributions the distributions, each drawn slightly offset from the last
     * @return the chart, with a legend
     */
    public static JFreeChart create(String title, String yLabel, List<String> targets, List<Intervals> distributions) {
        Checks.label(yLabel, "y label");
        Checks.nonEmpty(targets, "targets");
        Checks.nonEmpty(distributions, "distributions");
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalRenderer renderer = new YIntervalRenderer();
        double width = 0.5 / distributions.size();
        for (int d = 0; d < distributions.size(); d++) {
            Intervals s = distributions.get(d);
            Checks.length(s.median(), targets.size(), "medians of " + s.name());
            Checks.length(s.low(), targets.size(), "lower bounds of " + s.name());
            Checks.length(s.high(), targets.size(), "upper bounds of " + s.name());
            YIntervalSeries series = new YIntervalSeries(Checks.label(s.name(), "distribution name"));
            for (int t = 0; t < targets.size(); t++) {
                if (Double.isFinite(s.median()[t])) {
                    series.add(t - 0.25 + width * (d + 0.5), s.median()[t], s.low()[t], s.high()[t]);
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(d, ChartStyle.color(d));
            renderer.setSeriesStroke(d, new BasicStroke(3f));
            renderer.setSeriesShape(d, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        SymbolAxis xAxis = new SymbolAxis("Target", targets.toArray(String[]::new));
        xAxis.setGridBandsVisible(false);
        NumberAxis yAxis = new NumberAxis(yLabel);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        ValueMarker observed = new ValueMarker(0, ChartStyle.INK, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        observed.setLabel("observed");
        observed.setLabelFont(ChartStyle.TICK_FONT);
        observed.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        observed.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(observed);
        return ChartStyle.newChart(title, plot, true);
    }
}
