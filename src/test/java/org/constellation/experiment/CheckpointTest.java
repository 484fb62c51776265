package org.constellation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.constellation.experiment.sweep.ExperimentLoader;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sim.engine.SimState;

/**
 * A model written to a MASON checkpoint (the Console's Save, or {@code writeToCheckpoint}) and read
 * back continues exactly as the original would have: for every shipped scenario, and on the Sahel
 * with every mechanism and every sharing rule of the shipped comparison experiments.
 */
class CheckpointTest {

    private static final int BEFORE = 24;
    private static final int AFTER = 24;

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String folder : List.of("scenarios", "scenarios/teaching")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                        .forEach(f -> out.add(Arguments.of(f.toString(), List.of())));
            }
        }
        for (String experiment : List.of("mechanisms-sahel", "sharing-x-mechanism")) {
            RunPlan plan = new RunPlan(ExperimentLoader.loadSpec(
                    Path.of("scenarios/experiments/" + experiment + ".yaml")));
            for (int p = 0; p < plan.points(); p++) {
                out.add(Arguments.of("scenarios/sahel.yaml", plan.overrides(p)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aRestoredModelContinuesExactlyAsTheOriginal(String file, List<String> overrides) throws Exception {
        Constellation original = ScenarioLoader.load(Path.of(file), overrides).scenario().newModel(11);
        original.start();
        List<double[]> originalRows = new ArrayList<>();
        MetricsObserver.attach(original, Metrics.standard(), (step, values) -> originalRows.add(values));
        for (int i = 0; i < BEFORE; i++) {
            original.schedule.step(original);
        }
        Constellation restored = restore(original);
        List<double[]> restoredRows = new ArrayList<>();
        MetricsObserver.attach(restored, Metrics.standard(), (step, values) -> restoredRows.add(values));
        for (int i = 0; i < AFTER; i++) {
            original.schedule.step(original);
            restored.schedule.step(restored);
        }
        assertThat(restoredRows).hasSize(AFTER);
        List<double[]> originalAfter = originalRows.subList(BEFORE, BEFORE + AFTER);
        for (int i = 0; i < AFTER; i++) {
            assertThat(restoredRows.get(i)).as("metrics %d steps after the checkpoint", i + 1)
                    .containsExactly(originalAfter.get(i));
        }
    }

    private static Constellation restore(Constellation model) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.writeToCheckpoint(bytes);
        SimState back = SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back).isNotSameAs(model);
        return (Constellation) back;
    }
}
