package org.constellation.charts;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Grouped bar chart of sensitivity indices per factor (e.g. Sobol S1 and ST, or Morris mu* and
 * sigma), with confidence bounds drawn as error bars. Factors keep the order given; each index
 * name is one series with its own colour.
 */
public final class SensitivityBarChart {

    private SensitivityBarChart() {
    }

    /**
     * Builds the chart.
     *
     * @param title the title, or null/blank for none
     * @param xLabel the factor-axis label, e.g. "Parameter"
     * @param yLabel the value-axis label, e.g. "Sobol index"
     * @param indicesByFactor factor name to its indices, in the map's iteration order; factors
     *     may have different index sets, but an index name may appear only once per factor
     * @return the chart; a legend is shown when there is more than one index name
     * @throws IllegalArgumentException if a label is blank, the data are empty, a factor has no
     *     index, a null index or an index name twice
     */
    public static JFreeChart create(String title, String xLabel, String yLabel,
            Map<String, List<SensitivityIndex>> indicesByFactor) {
        Checks.label(xLabel, "x label");
        Checks.label(yLabel, "y label");
        Checks.nonEmpty(indicesByFactor, "indices by factor");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Map.Entry<String, List<SensitivityIndex>> entry : indicesByFactor.entrySet()) {
            String factor = Checks.label(entry.getKey(), "factor name");
            Checks.nonEmpty(entry.getValue(), "indices of factor '" + factor + "'");
            Set<String> seen = new HashSet<>();
            for (SensitivityIndex index : entry.getValue()) {
                if (index == null) {
                    throw new IllegalArgumentException("factor '" + factor + "' has a null index");
                }
                if (!seen.add(index.name())) {
                    throw new IllegalArgumentException(
                            "factor '" + factor + "' has index '" + index.name() + "' twice");
                }
                dataset.addValue(index.value(), index.name(), factor);
            }
        }
        double[][] lower = new double[dataset.getRowCount()][dataset.getColumnCount()];
        double[][] upper = new double[dataset.getRowCount()][dataset.getColumnCount()];
        Arrays.stream(lower).forEach(row -> Arrays.fill(row, Double.NaN));
        Arrays.stream(upper).forEach(row -> Arrays.fill(row, Double.NaN));
        for (Map.Entry<String, List<SensitivityIndex>> entry : indicesByFactor.entrySet()) {
            int column = dataset.getColumnIndex(entry.getKey());
            for (SensitivityIndex index : entry.getValue()) {
                int row = dataset.getRowIndex(index.name());
                lower[row][column] = index.lower();
                upper[row][column] = index.upper();
            }
        }
        ErrorBarRenderer renderer = new ErrorBarRenderer(lower, upper);
        renderer.setMaximumBarWidth(0.08);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
        }
        CategoryAxis xAxis = new CategoryAxis(xLabel);
        xAxis.setCategoryMargin(0.25);
        CategoryLabels.fit(xAxis, dataset.getColumnKeys());
        NumberAxis yAxis = new NumberAxis(yLabel);
        CategoryPlot plot = new CategoryPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        return ChartStyle.newChart(title, plot, dataset.getRowCount() > 1);
    }
}
