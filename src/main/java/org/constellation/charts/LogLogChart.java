package org.constellation.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Lines on logarithmic axes (base 2, a tick at every power of 2), each series with its own x values:
 * how a cost grows with a size, where a straight line of slope 1 is linear growth and of slope 2
 * quadratic growth.
 */
public final class LogLogChart {

    private LogLogChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param series series name to its points, {@code {x values, y values}}, drawn in the map's
     *     iteration order; x strictly increasing, every value finite and positive
     * @return the chart; a legend is shown when there is more than one series
     * @throws IllegalArgumentException if a label is blank, the data are empty, or a series' values
     *     are of different lengths, not increasing in x, or not finite and positive
     */
    public static JFreeChart create(String title, String xLabel, String yLabel, Map<String, double[][]> series) {
        Checks.label(xLabel, "x label");
        Checks.label(yLabel, "y label");
        Checks.nonEmpty(series, "series");
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, double[][]> entry : series.entrySet()) {
            String name = Checks.label(entry.getKey(), "series name");
            double[][] points = entry.getValue();
            if (points == null || points.length != 2 || points[0] == null || points[0].length == 0) {
                throw new IllegalArgumentException("series '" + name + "' must give x and y values");
            }
            double[] x = points[0];
            double[] y = Checks.length(points[1], x.length, "series '" + name + "' y");
            Checks.increasing(x, "series '" + name + "' x");
            XYSeries xy = new XYSeries(name, false, false);
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] > 0 && y[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i]))) {
                    throw new IllegalArgumentException("series '" + name + "' has a value that is not finite and "
                            + "positive at point " + i + ": (" + x[i] + ", " + y[i] + ")");
                }
                xy.add(x[i], y[i], false);
            }
            dataset.addSeries(xy);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, ChartStyle.lineStroke(i));
        }
        XYPlot plot = new XYPlot(dataset, axis(xLabel), axis(yLabel), renderer);
        return ChartStyle.newChart(title, plot, dataset.getSeriesCount() > 1);
    }

    private static LogAxis axis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(2);
        axis.setTickUnit(new NumberTickUnit(1), false, true);
        axis.setSmallestValue(1e-9);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setLowerMargin(0.05);
        axis.setUpperMargin(0.05);
        return axis;
    }
}
