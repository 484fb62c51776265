package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.charts.ChartFiles;
import org.constellation.charts.SeriesPanel;
import org.constellation.charts.TimeMarker;
import org.constellation.charts.TimeSeriesChart;
import org.constellation.experiment.SingleRun;
import org.constellation.metrics.MetricInfo;
import org.constellation.metrics.MetricSeries;
import org.constellation.scenario.Scenario;
import org.constellation.scenario.ScenarioEvents;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;

/**
 * Draws the charts of a single run into its {@code charts/} folder, as PNG and SVG: every metric on
 * the chart of its group ({@link MetricInfo#group()}), a panel per scale, each axis naming its metric
 * or unit and range, and the time axis marking the actors that closed and the scenario's shocks.
 */
final class RunCharts {

    /** Titles of the known groups; another group is titled by its name. */
    private static final Map<String, String> TITLES = Map.of(
            "coordination", "Redundancy and overlap of effort",
            "coverage", "Coverage and reach",
            "host-institutions", "Host institutions and coordination cost",
            "outcomes", "Needs, trust and harm",
            "need-by-challenge", "Unmet need by challenge",
            "information", "What actors know",
            "groups", "Criminal and armed groups",
            "host", "The host's consent and willingness");

    static final String X_LABEL = "step (month)";

    private RunCharts() {
    }

    /** Writes the charts and returns how many. */
    static int write(SingleRun.Result result, Scenario scenario) throws IOException {
        Map<String, JFreeChart> charts = charts(result, scenario);
        Path folder = result.out().resolve("charts");
        for (Map.Entry<String, JFreeChart> chart : charts.entrySet()) {
            int panels = chart.getValue().getPlot() instanceof CombinedDomainXYPlot c ? c.getSubplots().size() : 1;
            ChartFiles.write(chart.getValue(), folder, chart.getKey(), 900, 320 + 150 * panels);
        }
        return charts.size();
    }

    /** The charts by file name: one per metric group, every metric of the run on one of them. */
    static Map<String, JFreeChart> charts(SingleRun.Result result, Scenario scenario) {
        MetricSeries series = result.series();
        double[] steps = new double[series.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = series.step(i);
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, List<MetricInfo>> groups = new LinkedHashMap<>();
        for (String id : series.names()) {
            values.put(id, series.column(id));
            MetricInfo info = MetricInfo.of(id);
            groups.computeIfAbsent(info.group(), g -> new ArrayList<>()).add(info);
        }
        List<TimeMarker> markers = markers(result.closures(), scenario);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (Map.Entry<String, List<MetricInfo>> group : groups.entrySet()) {
            List<SeriesPanel> panels = new ArrayList<>();
            for (List<MetricInfo> scale : MetricLabels.byScale(group.getValue())) {
                panels.add(MetricLabels.panel(scale, values));
            }
            String title = TITLES.getOrDefault(group.getKey(), MetricLabels.capitalised(group.getKey()));
            charts.put(group.getKey(), TimeSeriesChart.create(title, X_LABEL, steps, panels, markers));
        }
        return charts;
    }

    /** The run's closures, as the model recorded them, and the scenario's other shocks. */
    static List<TimeMarker> markers(List<SingleRun.Closure> closures, Scenario scenario) {
        List<TimeMarker> out = new ArrayList<>();
        closures.forEach(c -> out.add(new TimeMarker(c.step(), ScenarioEvents.closure(c.actor()))));
        ScenarioEvents.shocks(scenario.model()).forEach(e -> out.add(new TimeMarker(e.step(), e.label())));
        return out;
    }
}
