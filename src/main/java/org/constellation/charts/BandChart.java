package org.constellation.charts;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A metric over time per group: a mean line inside a translucent band (e.g. a 95% confidence
 * interval). Steps where the mean or a bound is NaN leave a gap in both line and band.
 */
public final class BandChart {

    /** Opacity of the band, from 0 (invisible) to 1 (opaque). */
    static final float BAND_ALPHA = 0.25f;

    private BandChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the x-axis label, e.g. "Step"
     * @param yLabel the y-axis label, naming the metric and its unit
     * @param steps the simulation steps, finite and strictly increasing
     * @param groups group name to band, one value per step, drawn in the map's iteration order;
     *     use a {@link java.util.LinkedHashMap} to control it
     * @return the chart; a legend is shown when there is more than one group
     * @throws IllegalArgumentException if a label is blank, the data are empty, a band has the
     *     wrong length, or a group has no step with finite mean and bounds
     */
    public static JFreeChart create(String title, String xLabel, String yLabel, double[] steps,
            Map<String, Band> groups) {
        Checks.label(xLabel, "x label");
        Checks.label(yLabel, "y label");
        Checks.increasing(steps, "steps");
        Checks.nonEmpty(groups, "groups");
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        LegendItemCollection legend = new LegendItemCollection();
        int group = 0;
        for (Map.Entry<String, Band> entry : groups.entrySet()) {
            String name = Checks.label(entry.getKey(), "group name");
            Band band = entry.getValue();
            if (band == null || band.length() != steps.length) {
                throw new IllegalArgumentException("group '" + name + "' has "
                        + (band == null ? "no band" : band.length() + " steps") + " but "
                        + steps.length + " were expected");
            }
            List<YIntervalSeries> segments = segments(name, steps, band);
            if (segments.isEmpty()) {
                throw new IllegalArgumentException(
                        "group '" + name + "' has no step with finite mean, lower and upper");
            }
            for (YIntervalSeries segment : segments) {
                int index = dataset.getSeriesCount();
                dataset.addSeries(segment);
                renderer.setSeriesPaint(index, ChartStyle.color(group));
                renderer.setSeriesFillPaint(index, ChartStyle.color(group));
                renderer.setSeriesStroke(index, ChartStyle.lineStroke(group));
            }
            legend.add(legendItem(name, group));
            group++;
        }
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0.01);
        xAxis.setUpperMargin(0.01);
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setFixedLegendItems(legend);
        return ChartStyle.newChart(title, plot, groups.size() > 1);
    }

    /** A legend entry showing a band swatch crossed by the mean line. */
    private static LegendItem legendItem(String name, int group) {
        Color color = ChartStyle.color(group);
        return new LegendItem(name, null, null, null, true, new Rectangle2D.Double(-8, -5, 16, 10),
                true, ChartStyle.withAlpha(color, Math.round(BAND_ALPHA * 255)), false, color,
                ChartStyle.lineStroke(group), true, new Line2D.Double(-8, 0, 8, 0),
                ChartStyle.lineStroke(group), color);
    }

    /** Splits a band into runs of consecutive complete steps, one interval series per run. */
    private static List<YIntervalSeries> segments(String name, double[] steps, Band band) {
        double[] mean = band.mean();
        double[] lower = band.lower();
        double[] upper = band.upper();
        List<YIntervalSeries> segments = new ArrayList<>();
        YIntervalSeries current = null;
        for (int i = 0; i < steps.length; i++) {
            if (!band.isComplete(i)) {
                current = null;
                continue;
            }
            if (current == null) {
                current = new YIntervalSeries(new SegmentKey(name, segments.size()), false, true);
                segments.add(current);
            }
            current.add(steps[i], mean[i], lower[i], upper[i]);
        }
        return segments;
    }

    /** Series key of one gap-free run of a group; shows as the group name in tool tips. */
    record SegmentKey(String group, int segment) implements Comparable<SegmentKey> {

        @Override
        public int compareTo(SegmentKey other) {
            int byGroup = group.compareTo(other.group);
            return byGroup != 0 ? byGroup : Integer.compare(segment, other.segment);
        }

        @Override
        public String toString() {
            return group;
        }
    }
}
