package org.constellation.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;

/**
 * The look shared by every Constellation chart: the colour-blind-safe Okabe-Ito palette, with a line
 * style and a marker shape per series so that series stay apart in greyscale too, a white background,
 * light grid lines, sans-serif fonts sized for print and locale-independent tick labels.
 *
 * <p>All members are immutable constants or stateless methods, so styling never depends on global
 * state (in particular not on JFreeChart's mutable {@code ChartFactory} theme).
 */
public final class ChartStyle {

    /** Chart and plot background. */
    public static final Color BACKGROUND = Color.WHITE;
    /** Grid line colour. */
    public static final Color GRID = new Color(0xDDDDDD);
    /** Grid line stroke: thin and solid. */
    public static final Stroke GRID_STROKE = new BasicStroke(0.75f);
    /** Colour of axis lines, tick marks, plot outline and text. */
    public static final Color INK = new Color(0x222222);
    /** Colour for missing values (NaN cells of a heat map). */
    public static final Color NO_DATA = new Color(0xBDBDBD);
    /** Font of the chart title. */
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    /** Font of axis labels. */
    public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Font of tick labels, legend items and notes. */
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /**
     * Okabe-Ito colours, ordered so that neighbouring series differ in hue and in lightness (blue,
     * orange, bluish green, reddish purple, black, sky blue, vermillion, yellow): the two oranges are
     * far apart, and yellow, the faintest on white, comes last.
     */
    private static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), // blue
            new Color(0xE69F00), // orange
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0x000000), // black
            new Color(0x56B4E9), // sky blue
            new Color(0xD55E00), // vermillion
            new Color(0xF0E442)); // yellow

    /** Solid, dashed, dotted and dash-dotted 2 px lines; BasicStroke is immutable. */
    private static final List<Stroke> LINE_STROKES = List.of(
            new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            dashed(8f, 4f), dashed(2f, 3f), dashed(8f, 3f, 2f, 3f));

    /** Marker shapes: circle, square, triangle, diamond, inverted triangle, cross (about 8 px). */
    private static final List<Shape> SHAPES = List.of(
            new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-3.5, -3.5, 7, 7),
            ShapeUtils.createUpTriangle(4.5f), ShapeUtils.createDiamond(4.5f), ShapeUtils.createDownTriangle(4.5f),
            ShapeUtils.createDiagonalCross(4f, 1.2f));

    private ChartStyle() {
    }

    /** Returns the eight Okabe-Ito colours in the order series use them. */
    public static List<Color> palette() {
        return PALETTE;
    }

    /** Returns the colour of series {@code index} (zero-based, cycling through the palette). */
    public static Color color(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** Returns {@code color} with the given alpha (0 transparent to 255 opaque). */
    public static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /**
     * Returns the line stroke of series {@code index}: solid, dashed, dotted and dash-dotted in turn,
     * so that neighbouring series differ in line style as well as colour.
     */
    public static Stroke lineStroke(int index) {
        return LINE_STROKES.get(Math.floorMod(index, LINE_STROKES.size()));
    }

    /**
     * Returns the marker shape of series {@code index}. With {@link #lineStroke} it tells the first
     * twelve series apart without colour; with {@link #color} the first 24.
     */
    public static Shape shape(int index) {
        return SHAPES.get(Math.floorMod(index, SHAPES.size()));
    }

    /** Gives series {@code series} of a renderer the colour, line and shape of style {@code index}. */
    public static void styleSeries(AbstractRenderer renderer, int series, int index) {
        renderer.setSeriesPaint(series, color(index));
        renderer.setSeriesStroke(series, lineStroke(index));
        renderer.setSeriesShape(series, shape(index));
    }

    private static Stroke dashed(float... dash) {
        return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /**
     * Creates a chart around {@code plot} and applies this style to it.
     *
     * @param title the title, or null/blank for none (figures often carry a caption instead)
     * @param plot the plot
     * @param legend whether to show a legend
     * @return the styled chart
     */
    public static JFreeChart newChart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, legend);
        if (title != null && !title.isBlank()) {
            chart.setTitle(new TextTitle(title, TITLE_FONT, INK, RectangleEdge.TOP,
                    TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT, TextTitle.DEFAULT_VERTICAL_ALIGNMENT,
                    new RectangleInsets(4, 4, 8, 4)));
        }
        apply(chart);
        return chart;
    }

    /** Adds a note in small type at the foot of the chart (nothing if the note is blank); long notes wrap. */
    public static void addNote(JFreeChart chart, String note) {
        if (note != null && !note.isBlank()) {
            chart.addSubtitle(0, new TextTitle(note, TICK_FONT, INK, RectangleEdge.BOTTOM,
                    TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT, TextTitle.DEFAULT_VERTICAL_ALIGNMENT,
                    new RectangleInsets(6, 8, 0, 8)));
        }
    }

    /** Applies background, fonts, grid and legend style to a chart and its XY or category plot. */
    public static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICK_FONT);
            legend.setItemPaint(INK);
            legend.setBackgroundPaint(BACKGROUND);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlinePaint(INK);
        if (plot instanceof CombinedDomainXYPlot combined) {
            styleXy(combined);
            for (XYPlot sub : combined.getSubplots()) {
                sub.setBackgroundPaint(BACKGROUND);
                sub.setOutlinePaint(INK);
                styleXy(sub);
            }
        } else if (plot instanceof XYPlot xy) {
            styleXy(xy);
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(GRID_STROKE);
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
            styleAxis(cat.getDomainAxis());
            styleAxis(cat.getRangeAxis());
        }
    }

    private static void styleXy(XYPlot xy) {
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
        xy.setDomainGridlineStroke(GRID_STROKE);
        xy.setRangeGridlineStroke(GRID_STROKE);
        xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < xy.getDomainAxisCount(); i++) {
            styleAxis(xy.getDomainAxis(i));
        }
        for (int i = 0; i < xy.getRangeAxisCount(); i++) {
            styleAxis(xy.getRangeAxis(i));
        }
    }

    /** Styles one axis: fonts, ink colour and, for numeric axes, locale-independent tick labels. */
    public static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(INK);
        axis.setTickMarkPaint(INK);
        if (axis instanceof NumberAxis number && !(axis instanceof SymbolAxis)) {
            number.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        }
    }
}
