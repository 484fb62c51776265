package org.constellation.charts;

import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Scatter of two parameters' values over the posterior's particles, on axes spanning their prior
 * ranges, so that the region the posterior keeps (and any correlation between the two) is seen against
 * the whole prior. Points are translucent, so heavier regions look darker.
 */
public final class PairScatterChart {

    private PairScatterChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the first parameter
     * @param yLabel the second parameter
     * @param x the first parameter's value in each particle
     * @param y the second parameter's value in each particle
     * @param xRange the first parameter's prior range {min, max}
     * @param yRange the second parameter's prior range {min, max}
     * @return the chart
     */
    public static JFreeChart create(String title, String xLabel, String yLabel, double[] x, double[] y,
            double[] xRange, double[] yRange) {
        Checks.label(xLabel, "x label");
        Checks.label(yLabel, "y label");
        Checks.length(y, x.length, "y values");
        Checks.increasing(xRange, "x range");
        Checks.increasing(yRange, "y range");
        XYSeries points = new XYSeries("particles", false, true);
        for (int i = 0; i < x.length; i++) {
            points.add(x[i], y[i]);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(0, ChartStyle.withAlpha(ChartStyle.color(0), 90));
        NumberAxis xAxis = axis(xLabel, xRange);
        NumberAxis yAxis = axis(yLabel, yRange);
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), xAxis, yAxis, renderer);
        return ChartStyle.newChart(title, plot, false);
    }

    /** An axis over a range with about ten ticks at a round step (1, 2 or 5 times a power of ten). */
    private static NumberAxis axis(String label, double[] range) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(range[0], range[1]);
        double raw = (range[1] - range[0]) / 10;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power
                : 10 * power;
        axis.setTickUnit(new NumberTickUnit(step, new java.text.DecimalFormat("0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
        return axis;
    }
}
