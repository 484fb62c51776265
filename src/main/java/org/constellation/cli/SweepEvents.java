package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.constellation.charts.TimeMarker;
import org.constellation.experiment.Json;
import org.constellation.experiment.sweep.ExperimentSpec;
import org.constellation.scenario.ScenarioEvents;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;

/**
 * The events to mark on a sweep's time axes: those its base scenario schedules (shocks, deployments'
 * ends), with the experiment's {@code set} overrides, read from the scenario file its manifest names
 * when that file is still the one the sweep ran (same SHA-256); otherwise none.
 */
final class SweepEvents {

    private SweepEvents() {
    }

    static List<TimeMarker> markers(Path out, ExperimentSpec spec) {
        Path manifest = out.resolve("manifest.json");
        try {
            if (!Files.isRegularFile(manifest) || !(Json.read(manifest).get("scenario") instanceof Map<?, ?> s)
                    || !(s.get("file") instanceof String file) || !Files.isRegularFile(Path.of(file))
                    || !ScenarioLoader.sha256(Path.of(file)).equals(s.get("sha256"))) {
                return List.of();
            }
            return ScenarioEvents.scheduled(ScenarioLoader.load(Path.of(file), spec.set()).scenario().model()).stream()
                    .map(e -> new TimeMarker(e.step(), e.label())).toList();
        } catch (IOException | ScenarioException | RuntimeException e) {
            return List.of();
        }
    }
}
