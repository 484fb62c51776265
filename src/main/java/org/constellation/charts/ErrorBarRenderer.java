package org.constellation.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * A flat bar renderer that draws an error bar with caps over each bar that has bounds. Bounds are
 * indexed {@code [row][column]} like the dataset it is built for; NaN means no error bar.
 */
final class ErrorBarRenderer extends BarRenderer {

    private final double[][] lower;
    private final double[][] upper;

    ErrorBarRenderer(double[][] lower, double[][] upper) {
        this.lower = deepCopy(lower);
        this.upper = deepCopy(upper);
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0.05);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
            CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
            CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (visibleRow < 0 || row >= lower.length || column >= lower[row].length
                || Double.isNaN(lower[row][column]) || dataset.getValue(row, column) == null) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double barStart = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow,
                column);
        double centre = barStart + state.getBarWidth() / 2;
        double cap = Math.max(2, state.getBarWidth() / 5);
        RectangleEdge edge = plot.getRangeAxisEdge();
        double low = rangeAxis.valueToJava2D(lower[row][column], dataArea, edge);
        double high = rangeAxis.valueToJava2D(upper[row][column], dataArea, edge);
        g2.setPaint(ChartStyle.INK);
        g2.setStroke(new BasicStroke(1.5f));
        boolean vertical = orientation == PlotOrientation.VERTICAL;
        g2.draw(line(vertical, centre, centre, low, high));
        g2.draw(line(vertical, centre - cap, centre + cap, low, low));
        g2.draw(line(vertical, centre - cap, centre + cap, high, high));
    }

    /** A line from (c0, v0) to (c1, v1) in category/value space, mapped to the orientation. */
    private static Line2D line(boolean vertical, double c0, double c1, double v0, double v1) {
        return vertical ? new Line2D.Double(c0, v0, c1, v1) : new Line2D.Double(v0, c0, v1, c1);
    }

    /** Widens the bar range so that every error bar fits on the axis. */
    @Override
    public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
        Range range = super.findRangeBounds(dataset, includeInterval);
        for (int row = 0; row < lower.length; row++) {
            for (int column = 0; column < lower[row].length; column++) {
                if (!Double.isNaN(lower[row][column])) {
                    range = Range.expandToInclude(range, lower[row][column]);
                    range = Range.expandToInclude(range, upper[row][column]);
                }
            }
        }
        return range;
    }

    private static double[][] deepCopy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
