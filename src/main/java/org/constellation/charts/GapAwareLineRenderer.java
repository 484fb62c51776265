package org.constellation.charts;

import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * A line renderer whose NaN values leave gaps, and which marks a finite value isolated between
 * gaps with a dot (a line through one point would be invisible). Given a spacing, it also draws each
 * series' marker shape on every so many points, staggered between series, and in the legend, so that
 * lines can be told apart without colour.
 */
final class GapAwareLineRenderer extends XYLineAndShapeRenderer {

    private final int every;

    /** Shapes only at isolated points. */
    GapAwareLineRenderer() {
        this(0);
    }

    /** Shapes at isolated points and on every {@code every}-th point of a series (0: none). */
    GapAwareLineRenderer(int every) {
        super(true, false);
        this.every = every;
        setDrawSeriesLineAsPath(false);
    }

    /** The spacing that puts about {@code marks} shapes on a line of {@code points} points. */
    static int spacing(int points, int marks) {
        return Math.max(1, Math.round(points / (float) marks));
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        XYPlot plot = getPlot();
        XYDataset data = plot == null ? null : plot.getDataset(plot.getIndexOf(this));
        if (data == null || !Double.isFinite(data.getYValue(series, item))) {
            return false;
        }
        if (markedItem(item, series, every)) {
            return true;
        }
        return !finiteAt(data, series, item - 1) && !finiteAt(data, series, item + 1);
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        LegendItem item = super.getLegendItem(datasetIndex, series);
        if (item != null && every > 0) {
            item.setShapeVisible(true);
        }
        return item;
    }

    /**
     * Whether point {@code item} of series {@code series} carries a marker when every {@code every}-th
     * point does (0: none): the marked points of successive series are staggered.
     */
    static boolean markedItem(int item, int series, int every) {
        return every > 0 && Math.floorMod(item - series * Math.max(1, every / 3), every) == every / 2;
    }

    private static boolean finiteAt(XYDataset data, int series, int item) {
        return item >= 0 && item < data.getItemCount(series)
                && Double.isFinite(data.getYValue(series, item));
    }
}
