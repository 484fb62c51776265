package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.charts.ChartFiles;
import org.constellation.charts.TimeSeriesChart;
import org.constellation.experiment.SingleRun;
import org.constellation.metrics.MetricSeries;

/** Draws the charts of a single run into its {@code charts/} folder, as PNG and SVG. */
final class RunCharts {

    /** Each chart: file name, title, y-axis label, metrics. */
    private record Spec(String file, String title, String yLabel, List<String> metrics) {
    }

    private static final List<Spec> CHARTS = List.of(
            new Spec("coordination", "Redundancy and coverage", "share",
                    List.of("redundant_effort", "complementary_effort", "mission_unct_redundancy", "coverage_by_need",
                            "out_of_reach", "transition_shortfall")),
            new Spec("host-institutions", "Host institutions and coordination cost", "share",
                    List.of("absorption_overload", "doctrine_incoherence", "coordination_cost")),
            new Spec("outcomes", "Needs, beliefs and trust", "need / trust",
                    List.of("unmet_need", "belief_error", "trust", "host_legitimacy")),
            new Spec("groups", "Criminal and armed groups", "strength",
                    List.of("armed_group_strength", "border_crossings")));

    private RunCharts() {
    }

    /** Writes the charts and returns how many. */
    static int write(SingleRun.Result result) throws IOException {
        MetricSeries series = result.series();
        double[] steps = new double[series.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = series.step(i);
        }
        Path folder = result.out().resolve("charts");
        for (Spec spec : CHARTS) {
            Map<String, double[]> lines = new LinkedHashMap<>();
            for (String metric : spec.metrics()) {
                lines.put(metric, series.column(metric));
            }
            ChartFiles.write(TimeSeriesChart.create(spec.title(), "step (month)", spec.yLabel(), steps, lines), folder,
                    spec.file(), 900, 500);
        }
        return CHARTS.size();
    }
}
