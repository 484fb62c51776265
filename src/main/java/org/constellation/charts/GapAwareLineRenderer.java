package org.constellation.charts;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * A line renderer whose NaN values leave gaps, and which marks a finite value isolated between
 * gaps with a dot (a line through one point would be invisible).
 */
final class GapAwareLineRenderer extends XYLineAndShapeRenderer {

    GapAwareLineRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(false);
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        XYPlot plot = getPlot();
        XYDataset data = plot == null ? null : plot.getDataset(plot.getIndexOf(this));
        if (data == null || !Double.isFinite(data.getYValue(series, item))) {
            return false;
        }
        return !finiteAt(data, series, item - 1) && !finiteAt(data, series, item + 1);
    }

    private static boolean finiteAt(XYDataset data, int series, int item) {
        return item >= 0 && item < data.getItemCount(series)
                && Double.isFinite(data.getYValue(series, item));
    }
}
