package org.constellation.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Heat map of a response over two numeric factors, coloured with the viridis scale and explained
 * by a colour-scale legend. NaN cells (no data) are drawn grey, noted under the plot.
 */
public final class HeatmapChart {

    /** Note added under the plot when some cells have no data. */
    public static final String NO_DATA_NOTE = "Grey cells: no data";

    private HeatmapChart() {
    }

    /**
     * Builds the chart. Evenly spaced factor levels get a numeric axis; uneven ones (e.g.
     * logarithmic) get equal-width cells labelled with the level values.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the x-axis label, naming the first factor
     * @param yLabel the y-axis label, naming the second factor
     * @param zLabel the colour-scale label, naming the response
     * @param x the levels of the first factor, finite and strictly increasing
     * @param y the levels of the second factor, finite and strictly increasing
     * @param z {@code z[i][j]} is the response at {@code (x[i], y[j])}; NaN = no data
     * @return the chart
     * @throws IllegalArgumentException if a label is blank, a level array is empty or not
     *     increasing, {@code z} does not have {@code x.length} rows of {@code y.length} values,
     *     has an infinite value, or has no finite value
     */
    public static JFreeChart create(String title, String xLabel, String yLabel, String zLabel,
            double[] x, double[] y, double[][] z) {
        Checks.label(xLabel, "x label");
        Checks.label(yLabel, "y label");
        Checks.label(zLabel, "z label");
        Checks.increasing(x, "x");
        Checks.increasing(y, "y");
        if (z == null || z.length != x.length) {
            throw new IllegalArgumentException("z must have one row per x value (" + x.length
                    + ") but has " + (z == null ? "none" : z.length));
        }
        GridAxis gx = GridAxis.of(xLabel, x);
        GridAxis gy = GridAxis.of(yLabel, y);
        int n = x.length * y.length;
        double[][] data = new double[3][n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean missing = false;
        for (int i = 0; i < x.length; i++) {
            double[] row = Checks.length(z[i], y.length, "z row " + i);
            Checks.noInfinity(row, "z row " + i);
            for (int j = 0; j < y.length; j++) {
                int k = i * y.length + j;
                data[0][k] = gx.coordinates()[i];
                data[1][k] = gy.coordinates()[j];
                data[2][k] = row[j];
                missing |= Double.isNaN(row[j]);
                min = Double.isNaN(row[j]) ? min : Math.min(min, row[j]);
                max = Double.isNaN(row[j]) ? max : Math.max(max, row[j]);
            }
        }
        if (min > max) {
            throw new IllegalArgumentException("z has no finite value");
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(zLabel, data);
        ViridisPaintScale scale = new ViridisPaintScale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(gx.cellSize());
        renderer.setBlockHeight(gy.cellSize());
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, gx.axis(), gy.axis(), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = ChartStyle.newChart(title, plot, false);
        chart.addSubtitle(colourLegend(scale, zLabel));
        if (missing) {
            chart.addSubtitle(new TextTitle(NO_DATA_NOTE, ChartStyle.TICK_FONT, ChartStyle.INK,
                    RectangleEdge.BOTTOM, TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT,
                    TextTitle.DEFAULT_VERTICAL_ALIGNMENT, new RectangleInsets(6, 0, 0, 0)));
        }
        return chart;
    }

    private static PaintScaleLegend colourLegend(ViridisPaintScale scale, String zLabel) {
        NumberAxis axis = new NumberAxis(zLabel);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        ChartStyle.styleAxis(axis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setAxisOffset(4);
        legend.setStripWidth(14);
        legend.setStripOutlineVisible(false);
        legend.setSubdivisionCount(128);
        legend.setBackgroundPaint(ChartStyle.BACKGROUND);
        legend.setMargin(new RectangleInsets(4, 12, 4, 0));
        return legend;
    }
}
