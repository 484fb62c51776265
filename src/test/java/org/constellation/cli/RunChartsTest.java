package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.Progress;
import org.constellation.experiment.SingleRun;
import org.constellation.metrics.Metric;
import org.constellation.metrics.Metrics;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's charts: every metric on one of them, by scale, labelled in words, with the closure marked. */
class RunChartsTest {

    private static LoadedScenario scenario;
    private static SingleRun.Result result;

    @BeforeAll
    static void run(@TempDir Path out) throws Exception {
        scenario = ScenarioLoader.load(Path.of("scenarios/teaching/the-mission-leaves.yaml"));
        result = SingleRun.execute(scenario, new SingleRun.Options(1, 36, out, false, Path.of(".")), Progress.NONE);
    }

    private static List<XYPlot> panels(JFreeChart chart) {
        return chart.getPlot() instanceof CombinedDomainXYPlot c ? c.getSubplots() : List.of(chart.getXYPlot());
    }

    @Test
    void everyMetricIsOnExactlyOneChartUnderItsNameInWords() {
        List<String> plotted = new ArrayList<>();
        for (JFreeChart chart : RunCharts.charts(result, scenario.scenario()).values()) {
            for (XYPlot panel : panels(chart)) {
                for (int s = 0; s < panel.getDataset().getSeriesCount(); s++) {
                    plotted.add(panel.getDataset().getSeriesKey(s).toString());
                }
            }
        }
        List<String> labels = Metrics.forRun(scenario.scenario().model()).stream().map(m -> m.info().label()).toList();
        assertThat(plotted).containsExactlyInAnyOrderElementsOf(labels);
        assertThat(plotted).contains("Information latency", "Harm inside the fence");
    }

    @Test
    void panelsHoldOneScaleEachAndAxesNameTheUnitNotAnId() {
        Map<String, JFreeChart> charts = RunCharts.charts(result, scenario.scenario());
        for (JFreeChart chart : charts.values()) {
            for (XYPlot panel : panels(chart)) {
                String axis = panel.getRangeAxis().getLabel();
                assertThat(axis).doesNotContain("_");
                List<Metric> inPanel = new ArrayList<>();
                for (int s = 0; s < panel.getDataset().getSeriesCount(); s++) {
                    String key = panel.getDataset().getSeriesKey(s).toString();
                    Metrics.forRun(scenario.scenario().model()).stream().filter(m -> m.info().label().equals(key))
                            .forEach(inPanel::add);
                }
                assertThat(inPanel).allMatch(m -> m.info().sameScale(inPanel.get(0).info()));
                assertThat(axis.toLowerCase()).startsWith(inPanel.get(0).info().unit());
                if (Double.isFinite(inPanel.get(0).info().upper())) {
                    assertThat(panel.getRangeAxis().getUpperBound()).isLessThanOrEqualTo(inPanel.get(0).info().upper());
                    assertThat(panel.getRangeAxis().getLowerBound()).isEqualTo(inPanel.get(0).info().lower());
                }
            }
        }
        List<XYPlot> outcomes = panels(charts.get("outcomes"));
        assertThat(outcomes).extracting(p -> p.getRangeAxis().getLabel())
                .contains("Need level, 0-1", "Trust level, 0-1");
    }

    @Test
    void theMissionsClosureAsTheModelRecordedItIsMarkedOnEveryChart() {
        assertThat(result.closures()).containsExactly(new SingleRun.Closure(12, "UN mission"));
        for (JFreeChart chart : RunCharts.charts(result, scenario.scenario()).values()) {
            XYPlot top = panels(chart).get(0);
            assertThat(top.getDomainMarkers(Layer.FOREGROUND)).hasSize(1);
            Marker marker = (Marker) top.getDomainMarkers(Layer.FOREGROUND).iterator().next();
            assertThat(marker.getLabel()).isEqualTo("UN mission closes");
            assertThat(((org.jfree.chart.plot.ValueMarker) marker).getValue()).isEqualTo(12);
        }
    }

    @Test
    void chartsAreWrittenAsPngAndSvgWithTheEventInTheirText(@TempDir Path out) throws Exception {
        SingleRun.Result here = new SingleRun.Result(out, result.series(), result.timings(), List.of(),
                result.closures());
        int n = RunCharts.write(here, scenario.scenario());
        assertThat(n).isEqualTo(8);
        assertThat(java.nio.file.Files.readString(out.resolve("charts/coordination.svg"))).contains("UN mission closes",
                "Redundant effort", "Transition shortfall");
        assertThat(java.nio.file.Files.readString(out.resolve("charts/coverage.svg"))).contains("Need out of reach");
        assertThat(java.nio.file.Files.readString(out.resolve("charts/need-by-challenge.svg")))
                .contains("Unmet need: epidemics and pandemics");
        assertThat(out.resolve("charts/information.png")).exists();
    }
}
