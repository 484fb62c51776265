package org.constellation.gui;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.constellation.charts.ChartStyle;
import org.constellation.charts.TimeMarker;
import org.constellation.metrics.MetricInfo;
import org.constellation.metrics.Metrics;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live chart: redundant effort, coverage by need and unmet need (upper panel, 0-1) and one chosen metric
 * (lower panel, its own unit, scaled to its values, never below 0 for a metric that cannot be) against
 * the month, in the style of the run charts (colour,
 * line style and shape per series; names in words), with the closures and shocks marked as they
 * happen. Plain JFreeChart in a frame the Console manages. Every method runs on the Swing thread;
 * rows arrive through {@link #add}.
 */
final class MetricsChart {

    private final List<String> names = Metrics.names();
    private final List<XYSeries> fixed = new ArrayList<>();
    private final XYSeries chosen = new XYSeries("chosen", false, true);
    private final NumberAxis chosenAxis = new NumberAxis("");
    private final NumberAxis monthAxis = new NumberAxis("month");
    private final XYPlot top;
    private final XYPlot bottom;
    private final List<RunRecorder.Row> rows = new ArrayList<>();
    private final List<TimeMarker> markers = new ArrayList<>();
    private final JFrame frame;
    private int months;
    private String chosenName;

    /** A chart for a scenario of {@code months} months, showing {@code chosenMetric} below. */
    MetricsChart(String chosenMetric, int months) {
        this.months = months;
        XYSeriesCollection shares = new XYSeriesCollection();
        XYLineAndShapeRenderer topRenderer = renderer();
        for (String n : RunSettings.FIXED_METRICS) {
            XYSeries s = new XYSeries(MetricInfo.of(n).label(), false, true);
            ChartStyle.styleSeries(topRenderer, fixed.size(), fixed.size());
            fixed.add(s);
            shares.addSeries(s);
        }
        NumberAxis shareAxis = new NumberAxis("Share or level, 0-1");
        shareAxis.setRange(0, 1);
        top = new XYPlot(shares, null, shareAxis, topRenderer);
        XYLineAndShapeRenderer bottomRenderer = renderer();
        ChartStyle.styleSeries(bottomRenderer, 0, fixed.size());
        bottom = new XYPlot(new XYSeriesCollection(chosen), null, chosenAxis, bottomRenderer);
        monthAxis.setAutoRangeIncludesZero(false);
        monthAxis.setRange(0.5, months + 0.5);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(monthAxis);
        plot.add(top, 3);
        plot.add(bottom, 2);
        JFreeChart chart = ChartStyle.newChart(null, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(880, 320));
        frame = new JFrame("Constellation: metrics of this run");
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().add(panel);
        frame.pack();
        choose(chosenMetric);
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultShapesVisible(false);
        return r;
    }

    /** The frame to register with the Console. */
    JFrame frame() {
        return frame;
    }

    /** Forgets the previous run; the next spans {@code scenarioMonths} months. */
    void clear(int scenarioMonths) {
        months = scenarioMonths;
        rows.clear();
        fixed.forEach(XYSeries::clear);
        chosen.clear();
        markers.clear();
        top.clearDomainMarkers();
        bottom.clearDomainMarkers();
        monthAxis.setRange(0.5, months + 0.5);
    }

    /** Adds observed rows (called on the Swing thread). */
    void add(List<RunRecorder.Row> newRows) {
        for (RunRecorder.Row r : newRows) {
            rows.add(r);
            for (int i = 0; i < fixed.size(); i++) {
                fixed.get(i).add(r.step() + 1, r.values()[names.indexOf(RunSettings.FIXED_METRICS.get(i))], false);
            }
            chosen.add(r.step() + 1, r.values()[names.indexOf(chosenName)], false);
            if (r.step() + 1 > months && !monthAxis.isAutoRange()) {
                monthAxis.setAutoRange(true);
            }
        }
        fixed.forEach(XYSeries::fireSeriesChanged);
        chosen.fireSeriesChanged();
    }

    /** Marks events (at their month) on both panels, labelled on the upper one. */
    void mark(List<TimeMarker> events) {
        if (events.isEmpty()) {
            return;
        }
        markers.addAll(events);
        top.clearDomainMarkers();
        bottom.clearDomainMarkers();
        TimeMarker.draw(top, markers, 1, months, true);
        TimeMarker.draw(bottom, markers, 1, months, false);
    }

    /** The events marked so far. */
    List<TimeMarker> markers() {
        return List.copyOf(markers);
    }

    /** Shows another metric in the lower panel, named in words with its unit, redrawn from the rows so far. */
    void choose(String metric) {
        chosenName = metric;
        MetricInfo info = MetricInfo.of(metric);
        chosen.setKey(info.label());
        String scale = MetricInfo.UNDECLARED.equals(info.group()) ? metric : info.scale();
        chosenAxis.setLabel(scale.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + scale.substring(1));
        boolean bounded = Double.isFinite(info.lower()) && Double.isFinite(info.upper());
        chosenAxis.setAutoRange(true);
        chosenAxis.setAutoRangeIncludesZero(info.lower() == 0);
        chosenAxis.setAutoRangeMinimumSize(bounded ? (info.upper() - info.lower()) / 10 : 0.1);
        chosenAxis.setRangeType(info.lower() >= 0 ? RangeType.POSITIVE : RangeType.FULL);
        chosen.clear();
        int column = names.indexOf(metric);
        for (RunRecorder.Row r : rows) {
            chosen.add(r.step() + 1, r.values()[column], false);
        }
        chosen.fireSeriesChanged();
    }

    /** Runs a change on the Swing thread. */
    static void later(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
