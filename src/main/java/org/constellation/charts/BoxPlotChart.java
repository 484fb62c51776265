package org.constellation.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * Box-and-whisker comparison of categories (e.g. coordination mechanisms). Each box spans the
 * quartiles and the line inside is the median; whiskers reach the furthest values within 1.5
 * interquartile ranges of the box and every value beyond is drawn as a circle at its value. NaN
 * values are ignored.
 */
public final class BoxPlotChart {

    private BoxPlotChart() {
    }

    /**
     * Builds a box plot of one metric.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the category-axis label, e.g. "Coordination mechanism"
     * @param yLabel the value-axis label, naming the metric and its unit
     * @param valuesByCategory category to its values, in the map's iteration order
     * @return the chart, without legend
     * @throws IllegalArgumentException if a label is blank, the data are empty, or a category
     *     has a null or infinite value or no finite value
     */
    public static JFreeChart create(String title, String xLabel, String yLabel,
            Map<String, List<Double>> valuesByCategory) {
        Checks.nonEmpty(valuesByCategory, "values by category");
        Map<String, Map<String, List<Double>>> single = new LinkedHashMap<>();
        single.put(Checks.label(yLabel, "y label"), valuesByCategory);
        return createGrouped(title, xLabel, yLabel, single);
    }

    /**
     * Builds a box plot with several series (e.g. metrics sharing one scale) per category.
     * Categories appear in order of first appearance across series; a series may omit a category.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the category-axis label
     * @param yLabel the value-axis label
     * @param valuesBySeries series name to (category to values), in iteration order
     * @return the chart; a legend is shown when there is more than one series
     * @throws IllegalArgumentException if a label is blank, the data are empty, or a list is
     *     null, holds a null or infinite value, or has no finite value
     */
    public static JFreeChart createGrouped(String title, String xLabel, String yLabel,
            Map<String, Map<String, List<Double>>> valuesBySeries) {
        Checks.label(xLabel, "x label");
        Checks.label(yLabel, "y label");
        Checks.nonEmpty(valuesBySeries, "values by series");
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        Map<List<String>, double[]> outliers = new HashMap<>();
        for (Map.Entry<String, Map<String, List<Double>>> series : valuesBySeries.entrySet()) {
            String name = Checks.label(series.getKey(), "series name");
            Checks.nonEmpty(series.getValue(), "categories of series '" + name + "'");
            for (Map.Entry<String, List<Double>> category : series.getValue().entrySet()) {
                String categoryName = Checks.label(category.getKey(), "category name");
                String what = "values of category '" + categoryName + "'"
                        + (valuesBySeries.size() > 1 ? " in series '" + name + "'" : "");
                BoxAndWhiskerItem item = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(
                        finiteValues(category.getValue(), what));
                dataset.add(withoutOutliers(item), name, categoryName);
                outliers.put(List.of(name, categoryName), item.getOutliers().stream()
                        .mapToDouble(Number::doubleValue).toArray());
            }
        }
        double[][][] table = new double[dataset.getRowCount()][dataset.getColumnCount()][];
        for (int row = 0; row < table.length; row++) {
            for (int column = 0; column < table[row].length; column++) {
                table[row][column] = outliers.getOrDefault(List.of(
                        (String) dataset.getRowKey(row), (String) dataset.getColumnKey(column)),
                        new double[0]);
            }
        }
        BoxAndWhiskerRenderer renderer = new OutlierAwareBoxRenderer(table);
        renderer.setFillBox(true);
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setAutoPopulateSeriesOutlinePaint(false);
        renderer.setDefaultOutlinePaint(ChartStyle.INK);
        renderer.setArtifactPaint(ChartStyle.INK);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0.1);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.withAlpha(ChartStyle.color(i), 170));
        }
        CategoryAxis xAxis = new CategoryAxis(xLabel);
        xAxis.setCategoryMargin(0.2);
        CategoryLabels.fit(xAxis, dataset.getColumnKeys());
        NumberAxis yAxis = new NumberAxis(yLabel);
        yAxis.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        return ChartStyle.newChart(title, plot, dataset.getRowCount() > 1);
    }

    /** The item minus its outliers, which {@link OutlierAwareBoxRenderer} draws instead. */
    private static BoxAndWhiskerItem withoutOutliers(BoxAndWhiskerItem item) {
        return new BoxAndWhiskerItem(item.getMean(), item.getMedian(), item.getQ1(), item.getQ3(),
                item.getMinRegularValue(), item.getMaxRegularValue(), item.getMinRegularValue(),
                item.getMaxRegularValue(), List.of());
    }

    private static List<Double> finiteValues(List<Double> values, String what) {
        Checks.nonEmpty(values, what);
        List<Double> finite = new ArrayList<>(values.size());
        int index = 0;
        for (Double value : values) {
            if (value == null || value.isInfinite()) {
                throw new IllegalArgumentException(what + " has " + value + " at index " + index);
            }
            index++;
            if (!value.isNaN()) {
                finite.add(value);
            }
        }
        if (finite.isEmpty()) {
            throw new IllegalArgumentException(what + " has no finite value");
        }
        return finite;
    }
}
