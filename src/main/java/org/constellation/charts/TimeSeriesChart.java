package org.constellation.charts;

import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Line chart of one or more metrics over simulation steps; NaN values leave gaps in a line. */
public final class TimeSeriesChart {

    private TimeSeriesChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the x-axis label, e.g. "Step"
     * @param yLabel the y-axis label, naming the metric and its unit
     * @param steps the simulation steps, finite and strictly increasing
     * @param series series name to values, one value per step (NaN = no value), drawn in the
     *     map's iteration order; use a {@link java.util.LinkedHashMap} to control it
     * @return the chart; a legend is shown when there is more than one series
     * @throws IllegalArgumentException if a label is blank, the data are empty, a series has the
     *     wrong length, an infinite value or no finite value
     */
    public static JFreeChart create(String title, String xLabel, String yLabel, double[] steps,
            Map<String, double[]> series) {
        Checks.label(xLabel, "x label");
        Checks.label(yLabel, "y label");
        Checks.increasing(steps, "steps");
        Checks.nonEmpty(series, "series");
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            String name = Checks.label(entry.getKey(), "series name");
            String what = "series '" + name + "'";
            double[] values = Checks.length(entry.getValue(), steps.length, what);
            Checks.noInfinity(values, what);
            Checks.someFinite(values, what);
            XYSeries xy = new XYSeries(name, false, false);
            for (int i = 0; i < steps.length; i++) {
                xy.add(steps[i], values[i], false);
            }
            dataset.addSeries(xy);
        }
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0.01);
        xAxis.setUpperMargin(0.01);
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(false);
        GapAwareLineRenderer renderer = new GapAwareLineRenderer();
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, ChartStyle.lineStroke(i));
        }
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        return ChartStyle.newChart(title, plot, dataset.getSeriesCount() > 1);
    }
}
