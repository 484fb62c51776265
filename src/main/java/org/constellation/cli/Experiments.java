package org.constellation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.constellation.experiment.sweep.ExperimentLoader;
import org.constellation.experiment.sweep.LoadedExperiment;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;

/** Finds and loads experiment files for commands, turning problems into user errors. */
final class Experiments {

    private Experiments() {
    }

    static LoadedExperiment load(String nameOrPath) {
        try {
            return ExperimentLoader.load(resolve(nameOrPath), ScenarioLibrary.at(Home.path()));
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
    }

    static Path resolve(String nameOrPath) {
        Path direct = Path.of(nameOrPath);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        Path folder = Home.path().resolve("scenarios").resolve("experiments");
        String name = nameOrPath.endsWith(".yaml") ? nameOrPath : nameOrPath + ".yaml";
        if (Files.isRegularFile(folder.resolve(name))) {
            return folder.resolve(name);
        }
        throw new UserError("Unknown experiment '" + nameOrPath + "': no such file, and none of that name in " + folder);
    }
}
