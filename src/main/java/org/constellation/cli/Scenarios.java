package org.constellation.cli;

import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.constellation.scenario.ScenarioLoader;

/** Finds and loads scenarios for commands, turning scenario problems into user errors. */
final class Scenarios {

    private Scenarios() {
    }

    static LoadedScenario load(String nameOrPath) {
        try {
            return ScenarioLoader.load(ScenarioLibrary.at(Home.path()).resolve(nameOrPath));
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
    }
}
