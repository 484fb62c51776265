package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.Json;
import org.constellation.experiment.Progress;
import org.constellation.experiment.SingleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolved scenario a manifest records can be run again and reproduces the same results. */
class RoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void theResolvedScenarioInTheManifestReproducesTheRun() throws Exception {
        LoadedScenario original = ScenarioLoader.load(Path.of("scenarios/sahel.yaml"),
                List.of("parameters.effects.saturation=2.5", "actors[0].capacity=30"));
        Path first = tmp.resolve("first");
        SingleRun.execute(original, new SingleRun.Options(11, 36, first, false, Path.of(".")), Progress.NONE);
        Map<String, Object> manifest = Json.read(first.resolve("manifest.json"));
        LoadedScenario again = ScenarioLoader.loadText(first.resolve("manifest.json"),
                Json.render(manifest.get("resolved_scenario")), List.of());
        Path second = tmp.resolve("second");
        SingleRun.execute(again, new SingleRun.Options(11, 36, second, false, Path.of(".")), Progress.NONE);
        assertThat(Files.readAllBytes(second.resolve("timeseries.csv")))
                .isEqualTo(Files.readAllBytes(first.resolve("timeseries.csv")));
        assertThat(again.scenario().model().parameters().asMap())
                .isEqualTo(original.scenario().model().parameters().asMap());
    }
}
