package org.constellation.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * A vertical box-and-whisker renderer that draws each outlier as a small circle at its exact value
 * and widens the value range to include them. (JFreeChart's own outlier symbols scale with the box
 * width and stand off their value, and its range stops at the whiskers.) The dataset it draws
 * must therefore carry no outliers of its own; they are given here, indexed {@code [row][column]}.
 */
final class OutlierAwareBoxRenderer extends BoxAndWhiskerRenderer {

    private static final double RADIUS = 3.5;

    private final double[][][] outliers;

    OutlierAwareBoxRenderer(double[][][] outliers) {
        this.outliers = new double[outliers.length][][];
        for (int row = 0; row < outliers.length; row++) {
            this.outliers[row] = new double[outliers[row].length][];
            for (int column = 0; column < outliers[row].length; column++) {
                this.outliers[row][column] = outliers[row][column].clone();
            }
        }
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
            CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
            CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (row >= outliers.length || column >= outliers[row].length
                || outliers[row][column].length == 0 || state.getVisibleSeriesIndex(row) < 0) {
            return;
        }
        double centre = boxCentre(state, dataArea, plot, domainAxis, row, column);
        RectangleEdge edge = plot.getRangeAxisEdge();
        g2.setPaint(ChartStyle.color(row));
        g2.setStroke(new BasicStroke(1.25f));
        for (double value : outliers[row][column]) {
            double y = rangeAxis.valueToJava2D(value, dataArea, edge);
            g2.draw(new Ellipse2D.Double(centre - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS));
        }
    }

    /**
     * The horizontal centre of a box: the boxes of a category sit side by side, one box width
     * each, separated by equal gaps that share the item margin, centred in the category.
     */
    private double boxCentre(CategoryItemRendererState state, Rectangle2D dataArea,
            CategoryPlot plot, CategoryAxis domainAxis, int row, int column) {
        int columns = getColumnCount();
        int rows = getRowCount();
        RectangleEdge edge = plot.getDomainAxisEdge();
        double start = domainAxis.getCategoryStart(column, columns, dataArea, edge);
        double width = domainAxis.getCategoryEnd(column, columns, dataArea, edge) - start;
        double box = state.getBarWidth();
        double gap = rows > 1 ? dataArea.getWidth() * getItemMargin() / (columns * (rows - 1)) : 0;
        double used = box * rows + gap * (rows - 1);
        return start + (width - used) / 2 + row * (box + gap) + box / 2;
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range range = super.findRangeBounds(dataset);
        for (double[][] row : outliers) {
            for (double[] cell : row) {
                for (double value : cell) {
                    range = Range.expandToInclude(range, value);
                }
            }
        }
        return range;
    }
}
