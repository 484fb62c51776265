package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.Json;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.constellation.scenario.ScenarioLoader;

/**
 * Finds and loads scenarios for commands, turning scenario problems into user errors. A scenario
 * can be a name from scenarios/, a path to a scenario file, or a run's manifest.json (or the run's
 * folder): the manifest's resolved scenario, seed and steps then repeat that run exactly.
 */
final class Scenarios {

    /** The largest manifest read back (a run's is a few hundred kilobytes). */
    private static final long MAX_MANIFEST_BYTES = 16L << 20;

    private Scenarios() {
    }

    static LoadedScenario load(String nameOrPath) {
        return load(nameOrPath, List.of());
    }

    static LoadedScenario load(String nameOrPath, List<String> overrides) {
        try {
            Path manifest = manifest(nameOrPath);
            if (manifest != null) {
                return fromManifest(manifest, overrides);
            }
            return ScenarioLoader.load(ScenarioLibrary.at(Home.path()).resolve(nameOrPath), overrides);
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
    }

    /** The file of a scenario name or path. */
    static Path resolve(String nameOrPath) {
        try {
            return ScenarioLibrary.at(Home.path()).resolve(nameOrPath);
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
    }

    private static Path manifest(String nameOrPath) {
        Path p = Path.of(nameOrPath);
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("manifest.json"))) {
            return p.resolve("manifest.json");
        }
        return nameOrPath.endsWith(".json") && Files.isRegularFile(p) ? p : null;
    }

    private static LoadedScenario fromManifest(Path manifest, List<String> overrides) throws ScenarioException {
        Map<String, Object> m;
        try {
            if (Files.size(manifest) > MAX_MANIFEST_BYTES) {
                throw new ScenarioException(List.of(manifest + ": too large to be a run's manifest"));
            }
            m = Json.read(manifest);
        } catch (IOException e) {
            throw new ScenarioException(List.of(manifest + ": not a readable manifest (" + e.getMessage() + ")"));
        }
        Object resolved = m.get("resolved_scenario");
        if (!(resolved instanceof Map)) {
            throw new ScenarioException(List.of(manifest + ": has no resolved_scenario to run"));
        }
        List<String> all = new ArrayList<>();
        if (m.get("seed") != null) {
            all.add("seed=" + m.get("seed"));
        }
        if (m.get("steps") != null) {
            all.add("steps=" + m.get("steps"));
        }
        all.addAll(overrides);
        return ScenarioLoader.loadText(manifest, Json.render(resolved), all);
    }
}
