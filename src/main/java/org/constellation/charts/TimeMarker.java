package org.constellation.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * An event on a time axis, e.g. a mission's closure or a drought: drawn as a dashed vertical line,
 * labelled at the top of the plot when the labels fit, else numbered with the events listed under the
 * chart ({@link #caption}).
 *
 * @param at the time (same units as the x axis)
 * @param label what happened, e.g. "UN mission closes"
 */
public record TimeMarker(double at, String label) {

    private static final Color LINE = new Color(0x555555);
    private static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {5f, 4f}, 0f);
    /** Label rows used before labels start again at the top (so that close events do not overprint). */
    private static final int ROWS = 3;
    private static final int ROW_HEIGHT = 15;
    /** Most event times labelled in place; more are numbered. */
    private static final int MAX_INLINE = 4;
    /** Width of a label character as a share of the plot's width (12 px type on a plot about 800 px wide). */
    private static final double CHAR_WIDTH = 0.0095;

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the time is not finite or the label is blank
     */
    public TimeMarker {
        if (!Double.isFinite(at)) {
            throw new IllegalArgumentException("time marker '" + label + "' is not at a finite time");
        }
        Checks.label(label, "time marker label");
    }

    /** Events at the same time joined into one label, in time order. */
    static Map<Double, String> byTime(List<TimeMarker> markers) {
        Map<Double, String> out = new TreeMap<>();
        for (TimeMarker m : markers) {
            out.merge(m.at(), m.label(), (a, b) -> a + "; " + b);
        }
        return out;
    }

    /**
     * Whether the labels fit in place on an axis from {@code from} to {@code to}: few enough event times,
     * and no label running into the next one written on its row.
     */
    static boolean inline(List<TimeMarker> markers, double from, double to) {
        List<Map.Entry<Double, String>> events = new ArrayList<>(byTime(markers).entrySet());
        if (events.size() > MAX_INLINE) {
            return false;
        }
        double span = Math.max(to - from, 1e-9);
        for (int i = 0; i + ROWS < events.size(); i++) {
            double gap = (events.get(i + ROWS).getKey() - events.get(i).getKey()) / span;
            if (gap < events.get(i).getValue().length() * CHAR_WIDTH) {
                return false;
            }
        }
        return true;
    }

    /**
     * The list of numbered events to print under a chart whose labels do not fit in place (see
     * {@link #inline}), or "" when they fit or there are none.
     */
    public static String caption(List<TimeMarker> markers, double from, double to) {
        if (markers.isEmpty() || inline(markers, from, to)) {
            return "";
        }
        StringBuilder b = new StringBuilder("Events: ");
        int n = 1;
        for (Map.Entry<Double, String> e : byTime(markers).entrySet()) {
            b.append(n == 1 ? "" : ";  ").append(n++).append(" = ").append(e.getValue()).append(" (")
                    .append(String.format(Locale.ROOT, "%.4g", e.getKey()).replaceFirst("\\.?0+$", "")).append(')');
        }
        return b.toString();
    }

    /**
     * Draws markers on a plot whose time axis runs from {@code from} to {@code to}: events at the same
     * time share one line; each line is labelled with its events when the labels fit (stepping down
     * so that close events stay readable, and to the left of lines near the right edge), else with
     * its number in {@link #caption}.
     *
     * @param plot the plot
     * @param markers the events, in any order
     * @param from the start of the time axis
     * @param to the end of the time axis
     * @param labels whether to write labels (false for the lower panels of a stacked chart)
     */
    public static void draw(XYPlot plot, List<TimeMarker> markers, double from, double to, boolean labels) {
        boolean inline = inline(markers, from, to);
        int n = 0;
        for (Map.Entry<Double, String> e : byTime(markers).entrySet()) {
            ValueMarker line = new ValueMarker(e.getKey(), LINE, DASHED);
            if (labels) {
                boolean left = (e.getKey() - from) / Math.max(to - from, 1e-9) > 0.7;
                line.setLabel(inline ? e.getValue() : Integer.toString(n + 1));
                line.setLabelFont(ChartStyle.TICK_FONT);
                line.setLabelPaint(ChartStyle.INK);
                line.setLabelBackgroundColor(ChartStyle.withAlpha(ChartStyle.BACKGROUND, 220));
                line.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                line.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                line.setLabelOffset(new RectangleInsets(3 + (inline ? ROW_HEIGHT * (n % ROWS) : 0), 3, 3, 3));
            }
            n++;
            plot.addDomainMarker(line, Layer.FOREGROUND);
        }
    }
}
