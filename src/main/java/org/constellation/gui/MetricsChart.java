package org.constellation.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.constellation.metrics.Metrics;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live chart: redundant effort, coverage by need and unmet need (shares, upper panel) and one chosen metric
 * (lower panel, its own scale) against the month, drawn with plain JFreeChart in a frame the Console
 * manages. Every method runs on the Swing thread; rows arrive through {@link #add}.
 */
final class MetricsChart {

    private static final Color[] FIXED = {Palette.full(ColourBy.DUPLICATION), Palette.full(ColourBy.COVERAGE_GAP),
        Palette.full(ColourBy.NEED)};

    private final List<String> names = Metrics.names();
    private final List<XYSeries> fixed = new ArrayList<>();
    private final XYSeries chosen = new XYSeries("chosen", false, true);
    private final XYSeriesCollection chosenData = new XYSeriesCollection(chosen);
    private final NumberAxis chosenAxis = new NumberAxis("");
    private final List<RunRecorder.Row> rows = new ArrayList<>();
    private final JFrame frame;
    private String chosenName;

    MetricsChart(String chosenMetric) {
        XYSeriesCollection shares = new XYSeriesCollection();
        for (String n : RunSettings.FIXED_METRICS) {
            XYSeries s = new XYSeries(n, false, true);
            fixed.add(s);
            shares.addSeries(s);
        }
        NumberAxis shareAxis = new NumberAxis("share (0-1)");
        shareAxis.setRange(0, 1);
        XYPlot top = new XYPlot(shares, null, shareAxis, renderer(FIXED));
        XYPlot bottom = new XYPlot(chosenData, null, chosenAxis, renderer(new Color[] {Palette.CHOSEN_METRIC}));
        chosenAxis.setAutoRangeIncludesZero(true);
        chosenAxis.setAutoRangeMinimumSize(0.1);
        chosenAxis.setRangeType(org.jfree.data.RangeType.POSITIVE);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("month"));
        plot.add(top, 2);
        plot.add(bottom, 1);
        JFreeChart chart = new JFreeChart("Metrics of this run", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(640, 440));
        frame = new JFrame("Constellation: metrics");
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().add(panel);
        frame.pack();
        choose(chosenMetric);
    }

    private static XYLineAndShapeRenderer renderer(Color[] colours) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        return r;
    }

    /** The frame to register with the Console. */
    JFrame frame() {
        return frame;
    }

    /** Forgets the previous run. */
    void clear() {
        rows.clear();
        fixed.forEach(XYSeries::clear);
        chosen.clear();
    }

    /** Adds observed rows (called on the Swing thread). */
    void add(List<RunRecorder.Row> newRows) {
        for (RunRecorder.Row r : newRows) {
            rows.add(r);
            for (int i = 0; i < fixed.size(); i++) {
                fixed.get(i).add(r.step() + 1, r.values()[names.indexOf(RunSettings.FIXED_METRICS.get(i))], false);
            }
            chosen.add(r.step() + 1, r.values()[names.indexOf(chosenName)], false);
        }
        fixed.forEach(XYSeries::fireSeriesChanged);
        chosen.fireSeriesChanged();
    }

    /** Shows another metric in the lower panel, redrawn from the rows so far. */
    void choose(String metric) {
        chosenName = metric;
        chosen.setKey(metric);
        chosenAxis.setLabel(metric);
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
