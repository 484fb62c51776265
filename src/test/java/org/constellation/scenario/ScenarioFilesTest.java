package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.constellation.metrics.MetricSeries;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in scenarios/ loads, validates, and runs 20 steps headless. */
class ScenarioFilesTest {

    static Stream<Path> scenarios() {
        List<Path> all = ScenarioLibrary.at(Path.of(".")).all();
        assertThat(all).isNotEmpty();
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void loadsValidatesAndRuns(Path file) throws ScenarioException {
        LoadedScenario loaded = ScenarioLoader.load(file);
        assertThat(loaded.scenario().description()).as("description of " + file).isNotBlank();
        assertThat(loaded.scenario().sources()).as("sources of " + file).isNotEmpty();
        Constellation m = loaded.scenario().newModel(1);
        m.start();
        MetricSeries series = new MetricSeries(Metrics.names());
        MetricsObserver.attach(m, Metrics.standard(), series);
        m.run(20);
        assertThat(series.size()).isEqualTo(20);
        for (String metric : Metrics.names()) {
            for (double v : series.column(metric)) {
                assertThat(v).as(metric + " in " + file).isFinite();
            }
        }
    }
}
