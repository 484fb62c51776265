package org.constellation.charts;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Line chart of one or more metrics over simulation steps, in one panel or in panels stacked over a
 * shared time axis (one per scale), with events marked as labelled vertical lines. Every series has
 * its own colour, line style and marker shape; NaN values leave gaps in a line.
 */
public final class TimeSeriesChart {

    /** About this many marker shapes are drawn along each line. */
    static final int MARKS_PER_LINE = 10;

    private TimeSeriesChart() {
    }

    /**
     * Builds a one-panel chart without bounds or events.
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
        return create(title, xLabel, steps, List.of(new SeriesPanel(yLabel, ValueRange.UNBOUNDED, series)), List.of());
    }

    /**
     * Builds a chart of panels stacked over one time axis, each with its own value axis (panel
     * heights follow their number of series), and the events marked across all panels (labelled in
     * the top one). Series are styled in order across panels, so no two share a look.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the x-axis label
     * @param steps the simulation steps, finite and strictly increasing
     * @param panels the panels, top first
     * @param markers events to mark on the time axis (may be empty)
     * @return the chart; a legend is shown when there is more than one series
     * @throws IllegalArgumentException as for the one-panel chart, or if there are no panels
     */
    public static JFreeChart create(String title, String xLabel, double[] steps, List<SeriesPanel> panels,
            List<TimeMarker> markers) {
        Checks.label(xLabel, "x label");
        Checks.increasing(steps, "steps");
        Checks.nonEmpty(panels, "panels");
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0.01);
        xAxis.setUpperMargin(0.01);
        int style = 0;
        double from = steps[0];
        double to = steps[steps.length - 1];
        XYPlot[] plots = new XYPlot[panels.size()];
        for (int p = 0; p < panels.size(); p++) {
            plots[p] = panel(panels.get(p), steps, style, xAxis);
            style += panels.get(p).series().size();
            TimeMarker.draw(plots[p], markers, from, to, p == 0);
        }
        JFreeChart chart;
        if (plots.length == 1) {
            chart = ChartStyle.newChart(title, plots[0], style > 1);
        } else {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
            combined.setGap(12);
            for (int p = 0; p < plots.length; p++) {
                combined.add(plots[p], 1 + panels.get(p).series().size());
            }
            chart = ChartStyle.newChart(title, combined, style > 1);
        }
        ChartStyle.addNote(chart, TimeMarker.caption(markers, from, to));
        return chart;
    }

    private static XYPlot panel(SeriesPanel panel, double[] steps, int firstStyle, NumberAxis xAxis) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        GapAwareLineRenderer renderer = new GapAwareLineRenderer(GapAwareLineRenderer.spacing(steps.length,
                MARKS_PER_LINE));
        double min = Double.NaN;
        double max = Double.NaN;
        for (Map.Entry<String, double[]> entry : panel.series().entrySet()) {
            String name = Checks.label(entry.getKey(), "series name");
            String what = "series '" + name + "'";
            double[] values = Checks.length(entry.getValue(), steps.length, what);
            Checks.noInfinity(values, what);
            Checks.someFinite(values, what);
            XYSeries xy = new XYSeries(name, false, false);
            for (int i = 0; i < steps.length; i++) {
                xy.add(steps[i], values[i], false);
                if (!Double.isNaN(values[i])) {
                    min = Double.isNaN(min) ? values[i] : Math.min(min, values[i]);
                    max = Double.isNaN(max) ? values[i] : Math.max(max, values[i]);
                }
            }
            ChartStyle.styleSeries(renderer, dataset.getSeriesCount(), firstStyle + dataset.getSeriesCount());
            dataset.addSeries(xy);
        }
        NumberAxis yAxis = new NumberAxis(panel.yLabel());
        yAxis.setAutoRangeIncludesZero(false);
        panel.range().applyTo(yAxis, min, max);
        return new XYPlot(dataset, xAxis, yAxis, renderer);
    }
}
