package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRules;
import org.constellation.metrics.Metrics;
import org.constellation.scenario.Scenario;
import org.constellation.scenario.StrategyChoice;
import org.junit.jupiter.api.Test;
import sim.util.Properties;

/** The Model tab: pop-up lists, a toggle per mechanism, and the scenario rebuilt from the choices. */
class RunSettingsTest {

    private static int index(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) {
            if (p.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }

    @Test
    void theModelTabShowsPopUpListsAndOneToggleForEveryMechanismButNone() throws Exception {
        RunSettings s = GuiFixture.settings("scenarios/sahel.yaml");
        Properties p = Properties.getProperties(new ModelControls(s));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            names.add(p.getName(i));
        }
        assertThat(names).contains("Speed", "Scenario", "SharingRule", "ColourBy", "Challenge", "ChartMetric", "Title");
        for (String m : Mechanisms.names()) {
            assertThat(names.contains(m)).as(m).isEqualTo(!m.equals("none"));
        }
        assertThat((Object[]) p.getDomain(index(p, "SharingRule"))).hasSize(SharingRules.names().size());
        assertThat((Object[]) p.getDomain(index(p, "ChartMetric"))).hasSize(Metrics.names().size());
        assertThat((Object[]) p.getDomain(index(p, "Scenario"))).contains("sahel");
        assertThat(p.getDescription(index(p, "joint-analysis"))).contains("shared analysis");
        assertThat(p.getValue(index(p, "donor-forum"))).isEqualTo(true);
        p.setValue(index(p, "donor-forum"), Boolean.FALSE);
        assertThat(s.mechanism("donor-forum")).isFalse();
    }

    @Test
    void theScenarioToRunKeepsTheFilesMechanismSettingsAndAddsDefaultsForNewOnes() throws Exception {
        RunSettings s = GuiFixture.settings("scenarios/sahel.yaml");
        Scenario original = s.loaded().scenario();
        assertThat(s.scenarioToRun().mechanisms()).isEqualTo(original.mechanisms());
        assertThat(s.scenarioToRun().sharing()).isEqualTo(original.sharing());
        s.setMechanism("cluster-lead", true);
        s.setMechanism("focal-points", false);
        Scenario next = s.scenarioToRun();
        assertThat(next.mechanisms()).extracting(StrategyChoice::name)
                .containsExactly("donor-forum", "regional-missions", "cluster-lead");
        assertThat(next.mechanisms().get(0)).isEqualTo(original.mechanisms().get(0));
        assertThat(next.model()).isSameAs(original.model());
        for (String m : Mechanisms.names()) {
            s.setMechanism(m, false);
        }
        assertThat(s.scenarioToRun().mechanisms()).extracting(StrategyChoice::name).containsExactly("none");
        s.setSharingRule(SharingRules.names().indexOf("siloed"));
        assertThat(s.scenarioToRun().sharing().name()).isEqualTo("siloed");
    }

    @Test
    void slidersShowTheScenariosParametersWithRangesAndSourcesAndChangeTheNextRun() throws Exception {
        RunSettings s = GuiFixture.settings("scenarios/sahel.yaml");
        Properties p = Properties.getProperties(new ModelControls(s));
        int saturation = index(p, "effects.saturation");
        assertThat(p.getValue(saturation)).isEqualTo(3.0);
        assertThat(p.getDomain(saturation)).isInstanceOf(sim.util.Interval.class);
        assertThat(p.getDescription(saturation)).contains("Source:").contains("effort units");
        p.setValue(saturation, 6.5);
        p.setValue(index(p, "trust.harm_weight"), 1000.0);
        Scenario next = s.scenarioToRun();
        assertThat(next.model().parameters().asMap().get("effects.saturation")).isEqualTo(6.5);
        assertThat(next.model().parameters().asMap().get("trust.harm_weight")).isEqualTo(60.0);
        assertThat(next.model().region()).isSameAs(s.loaded().scenario().model().region());
        for (ParameterSliders.Slider slider : ParameterSliders.SLIDERS) {
            org.constellation.model.params.ParameterDescriptor d =
                    org.constellation.model.params.Parameters.find(slider.key());
            assertThat(slider.low()).as(slider.key()).isGreaterThanOrEqualTo(d.min());
            assertThat(slider.high()).as(slider.key()).isLessThanOrEqualTo(d.max());
        }
    }

    @Test
    void theModelTabGroupsEveryControlWithoutPaging() throws Exception {
        RunSettings s = GuiFixture.settings("scenarios/sahel.yaml");
        ModelControls controls = new ModelControls(s);
        List<ModelControls.Group> groups = controls.groups();
        assertThat(groups).extracting(ModelControls.Group::title).containsExactly("This run",
                "Map and chart (change at once)", "Parameters (apply at the next start: Stop, then Play)",
                "Coordination (applies at the next start: Stop, then Play)");
        assertThat(groups.get(2).properties().numProperties()).isEqualTo(ParameterSliders.SLIDERS.size());
        int total = groups.stream().mapToInt(g -> g.properties().numProperties()).sum();
        assertThat(total).isEqualTo(controls.properties().numProperties()).isGreaterThan(25);
        assertThat(groups).allMatch(g -> g.properties().numProperties() <= 25);
    }

    @Test
    void changedSettingsAreRememberedUntilTheModelIsRebuilt() throws Exception {
        RunSettings s = GuiFixture.settings("scenarios/sahel.yaml");
        assertThat(s.changed()).isFalse();
        s.setMechanism("cluster-lead", true);
        assertThat(s.changed()).isTrue();
        s.markBuilt();
        assertThat(s.changed()).isFalse();
        s.setParameter("effects.saturation", 4);
        assertThat(s.changed()).isTrue();
    }

    @Test
    void theChartWatchesTheFirstMetricTheScenarioAsksToLookAt() throws Exception {
        RunSettings s = GuiFixture.settings("scenarios/sahel.yaml");
        assertThat(s.chartMetricName()).isEqualTo("transition_shortfall");
        s.setChartMetric(Metrics.names().indexOf("trust"));
        assertThat(s.chartMetricName()).isEqualTo("trust");
    }
}
