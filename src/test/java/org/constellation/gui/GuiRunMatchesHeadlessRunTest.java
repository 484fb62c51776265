package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.constellation.experiment.Progress;
import org.constellation.experiment.SingleRun;
import org.constellation.metrics.MetricSeries;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;

/**
 * A run through ConstellationWithUI's start()/step() machinery, with every GUI-side update running
 * after each step, gives exactly the metric series of a headless run of the same scenario and seed;
 * a checkpoint loaded into the GUI (the Console's Open) carries on exactly as the run it was saved from.
 */
class GuiRunMatchesHeadlessRunTest {

    private static final int STEPS = 48;

    @TempDir
    Path tmp;

    private static void assertBitIdentical(MetricSeries gui, MetricSeries headless) {
        assertThat(gui.size()).isEqualTo(headless.size());
        for (int r = 0; r < gui.size(); r++) {
            assertThat(gui.step(r)).isEqualTo(headless.step(r));
            double[] a = gui.row(r);
            double[] b = headless.row(r);
            for (int c = 0; c < a.length; c++) {
                assertThat(Double.doubleToRawLongBits(a[c])).as("step %d, %s", gui.step(r), gui.names().get(c))
                        .isEqualTo(Double.doubleToRawLongBits(b[c]));
            }
        }
    }

    @Test
    void aGuiRunOfTheSahelEqualsTheHeadlessRunByteForByte() throws Exception {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 7);
        GuiFixture.step(gui, STEPS);
        assertThat(gui.displayFrame()).isNull();
        SingleRun.Result headless = SingleRun.execute(ScenarioLoader.load(Path.of("scenarios/sahel.yaml")),
                new SingleRun.Options(7, STEPS, tmp.resolve("run"), false, Path.of(".")), Progress.NONE);
        assertBitIdentical(gui.series(), headless.series());
    }

    @Test
    void theConsoleSeedIsTheSeedOfTheRebuiltModel() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 12345);
        assertThat(gui.model().seed()).isEqualTo(12345);
        gui.finish();
        gui.state.setSeed(99);
        gui.start();
        assertThat(gui.model().seed()).isEqualTo(99);
    }

    @Test
    void changedSettingsTakeEffectAtTheNextStartAndStillMatchAHeadlessRun() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 3);
        GuiFixture.step(gui, 5);
        Constellation first = gui.model();
        gui.settings().setMechanism("joint-analysis", true);
        gui.settings().setMechanism("donor-forum", false);
        gui.settings().setSharingRule(org.constellation.information.SharingRules.names().indexOf("open"));
        assertThat(gui.model().mechanisms()).extracting(m -> m.name()).doesNotContain("joint-analysis");
        gui.finish();
        gui.start();
        assertThat(gui.model()).isNotSameAs(first);
        assertThat(gui.model().mechanisms()).extracting(m -> m.name()).contains("joint-analysis")
                .doesNotContain("donor-forum");
        assertThat(gui.model().sharingRule().name()).isEqualTo("open");
        GuiFixture.step(gui, 24);

        Constellation headless = gui.settings().scenarioToRun().newModel(3);
        headless.start();
        MetricSeries series = new MetricSeries(Metrics.names());
        MetricsObserver.attach(headless, Metrics.standard(), series);
        headless.run(24);
        assertBitIdentical(gui.series(), series);
    }

    @Test
    void aCheckpointLoadedIntoTheGuiCarriesOnAsTheUninterruptedRunAndChartsFromThere() throws Exception {
        ConstellationWithUI uninterrupted = GuiFixture.started("scenarios/sahel.yaml", 5);
        GuiFixture.step(uninterrupted, STEPS);

        ConstellationWithUI saved = GuiFixture.started("scenarios/sahel.yaml", 5);
        GuiFixture.step(saved, STEPS / 2);
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        saved.model().writeToCheckpoint(checkpoint);
        ConstellationWithUI loaded = GuiFixture.started("scenarios/sahel.yaml", 5);
        loaded.load(SimState.readFromCheckpoint(new ByteArrayInputStream(checkpoint.toByteArray())));
        GuiFixture.step(loaded, STEPS / 2);

        MetricSeries after = loaded.series();
        MetricSeries expected = uninterrupted.series();
        assertThat(after.size()).isEqualTo(STEPS / 2);
        for (int r = 0; r < after.size(); r++) {
            int e = r + STEPS / 2;
            assertThat(after.step(r)).isEqualTo(expected.step(e));
            assertThat(after.row(r)).containsExactly(expected.row(e));
        }
    }
}
