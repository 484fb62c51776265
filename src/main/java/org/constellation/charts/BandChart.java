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
 * interval), each group with its own colour, line style and marker shape, optionally clipped to the
 * metric's range and with events marked. Steps where the mean or a bound is NaN leave a gap in both
 * line and band.
 */
public final class BandChart {

    /** Opacity of the band, from 0 (invisible) to 1 (opaque). */
    static final float BAND_ALPHA = 0.25f;

    private BandChart() {
    }

    /**
     * Builds the chart without bounds or events.
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
        return create(title, xLabel, yLabel, steps, groups, ValueRange.UNBOUNDED, List.of());
    }

    /**
     * Builds the chart with the bands clipped to the values the metric can take (a 95% interval of a
     * share never reaches below 0 or above 1) and events marked on the time axis.
     *
     * @param range the values the metric can take; means and bounds are clipped to it
     * @param markers events to mark (may be empty)
     * @return the chart; a legend is shown when there is more than one group
     * @throws IllegalArgumentException as {@link #create(String, String, String, double[], Map)}
     */
    public static JFreeChart create(String title, String xLabel, String yLabel, double[] steps,
            Map<String, Band> groups, ValueRange range, List<TimeMarker> markers) {
        Checks.label(xLabel, "x label");
        Checks.label(yLabel, "y label");
        Checks.increasing(steps, "steps");
        Checks.nonEmpty(groups, "groups");
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        int every = GapAwareLineRenderer.spacing(steps.length, TimeSeriesChart.MARKS_PER_LINE);
        List<Integer> groupOfSeries = new ArrayList<>();
        DeviationRenderer renderer = new DeviationRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return GapAwareLineRenderer.markedItem(item, groupOfSeries.get(series), every);
            }
        };
        renderer.setAlpha(BAND_ALPHA);
        LegendItemCollection legend = new LegendItemCollection();
        double min = Double.NaN;
        double max = Double.NaN;
        int group = 0;
        for (Map.Entry<String, Band> entry : groups.entrySet()) {
            String name = Checks.label(entry.getKey(), "group name");
            Band band = entry.getValue();
            if (band == null || band.length() != steps.length) {
                throw new IllegalArgumentException("group '" + name + "' has "
                        + (band == null ? "no band" : band.length() + " steps") + " but "
                        + steps.length + " were expected");
            }
            Band clipped = new Band(range.clip(band.mean()), range.clip(band.lower()), range.clip(band.upper()));
            List<YIntervalSeries> segments = segments(name, steps, clipped);
            if (segments.isEmpty()) {
                throw new IllegalArgumentException(
                        "group '" + name + "' has no step with finite mean, lower and upper");
            }
            for (YIntervalSeries segment : segments) {
                int index = dataset.getSeriesCount();
                dataset.addSeries(segment);
                groupOfSeries.add(group);
                ChartStyle.styleSeries(renderer, index, group);
                renderer.setSeriesFillPaint(index, ChartStyle.color(group));
                for (int i = 0; i < segment.getItemCount(); i++) {
                    min = Double.isNaN(min) ? segment.getYLowValue(i) : Math.min(min, segment.getYLowValue(i));
                    max = Double.isNaN(max) ? segment.getYHighValue(i) : Math.max(max, segment.getYHighValue(i));
                }
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
        range.applyTo(yAxis, min, max);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setFixedLegendItems(legend);
        TimeMarker.draw(plot, markers, steps[0], steps[steps.length - 1], true);
        JFreeChart chart = ChartStyle.newChart(title, plot, groups.size() > 1);
        ChartStyle.addNote(chart, TimeMarker.caption(markers, steps[0], steps[steps.length - 1]));
        return chart;
    }

    /** A legend entry: the group's marker shape on its mean line. */
    private static LegendItem legendItem(String name, int group) {
        Color color = ChartStyle.color(group);
        LegendItem item = new LegendItem(name, null, null, null, true, new Rectangle2D.Double(-8, -5, 16, 10),
                true, ChartStyle.withAlpha(color, Math.round(BAND_ALPHA * 255)), false, color,
                ChartStyle.lineStroke(group), true, new Line2D.Double(-8, 0, 8, 0),
                ChartStyle.lineStroke(group), color);
        item.setShape(ChartStyle.shape(group));
        item.setFillPaint(color);
        return item;
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
