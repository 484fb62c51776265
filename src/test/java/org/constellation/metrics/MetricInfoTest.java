package org.constellation.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Every metric declares how it is shown (its name in words, unit, range and chart group), and the
 * range it declares holds for what it measures, so that charts can clip to it.
 */
class MetricInfoTest {

    @Test
    void everyStandardMetricDeclaresItsOwnInfo() {
        for (Metric m : Metrics.standard()) {
            MetricInfo info = m.info();
            assertThat(info.id()).isEqualTo(m.name());
            assertThat(info.group()).as(m.name() + " declares a group").isNotEqualTo(MetricInfo.UNDECLARED);
            assertThat(info.label()).as(m.name()).doesNotContain("_").isNotEqualTo(m.name());
            assertThat(info.lower()).as(m.name()).isFinite();
        }
        assertThat(Metrics.standard()).extracting(m -> m.info().label()).doesNotHaveDuplicates();
    }

    @Test
    void axisLabelsNameTheMetricItsUnitAndItsRange() {
        assertThat(Coverage.byNeed().info().axisLabel()).isEqualTo("Coverage of need, weighted by need (share, 0-1)");
        assertThat(UnmetNeed.of(Challenge.EPIDEMICS).info().axisLabel())
                .isEqualTo("Unmet need: epidemics and pandemics (need level, 0-1)");
        assertThat(new InformationLatency().info().axisLabel()).isEqualTo("Information latency (months, 0-24)");
        assertThat(new ArmedGroupStrength().info().axisLabel())
                .isEqualTo("Armed and criminal group strength (strength units)");
        assertThat(new Trust().info().sameScale(new HostLegitimacy().info())).isTrue();
        assertThat(new Trust().info().sameScale(UnmetNeed.all().info())).isFalse();
        assertThat(MetricInfo.undeclared("new_metric").label()).isEqualTo("new metric");
    }

    @Test
    void measuredValuesStayInsideTheDeclaredRange() throws Exception {
        for (String file : List.of("scenarios/sahel.yaml", "scenarios/teaching/the-mission-leaves.yaml")) {
            Constellation model = ScenarioLoader.load(Path.of(file)).scenario().newModel(7);
            model.start();
            List<Metric> metrics = Metrics.standard();
            MetricsObserver.attach(model, metrics, (step, values) -> {
                for (int i = 0; i < values.length; i++) {
                    MetricInfo info = metrics.get(i).info();
                    assertThat(values[i]).as(file + " " + info.id() + " at step " + step)
                            .isBetween(info.lower(), info.upper());
                }
            });
            model.run(60);
            model.finish();
        }
    }
}
