package org.constellation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;

/** Scenario files: loaded and checked as {@code run} would, with {@code --set} applied. */
final class ScenarioKind {

    static final FileKind KIND = new FileKind("scenario", "", Set.of("region", "actors", "groups", "shocks",
            "coordination", "extends", "look_at"), ScenarioKind::check);

    private ScenarioKind() {
    }

    private static String check(Path file, List<String> overrides) throws ScenarioException {
        LoadedScenario s = ScenarioLoader.load(file, overrides);
        int mechanisms = s.scenario().mechanisms().size();
        return "scenario, " + s.scenario().model().region().districts().size() + " districts, "
                + s.scenario().model().actors().size() + " actors, " + mechanisms
                + (mechanisms == 1 ? " mechanism" : " mechanisms") + ", sharing " + s.scenario().sharing().name();
    }
}
