package org.constellation.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.constellation.scenario.ScenarioLoader;

/**
 * The scenarios the GUI can pick from: every file of the project's {@code scenarios/} folder (by
 * {@link ScenarioLibrary}), plus the file it was started with if that lies elsewhere.
 */
final class ScenarioCatalogue {

    private final ScenarioLibrary library;
    private final List<String> names = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    /** The catalogue of a home folder, with the starting file first if the library does not hold it. */
    ScenarioCatalogue(Path home, Path start) {
        library = ScenarioLibrary.at(home);
        for (String name : library.names()) {
            names.add(name);
            files.add(library.folder().resolve(name + ".yaml"));
        }
        if (start != null && indexOf(start) < 0) {
            names.add(0, start.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
            files.add(0, start);
        }
    }

    /** Scenario names, for a pop-up list. */
    String[] names() {
        return names.toArray(String[]::new);
    }

    /** Number of scenarios. */
    int size() {
        return names.size();
    }

    /** The position of a file in the catalogue, or -1. */
    int indexOf(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).toAbsolutePath().normalize().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Loads the i-th scenario. */
    LoadedScenario load(int i) throws ScenarioException {
        return ScenarioLoader.load(files.get(i));
    }
}
