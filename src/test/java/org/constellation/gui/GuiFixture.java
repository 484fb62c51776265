package org.constellation.gui;

import java.nio.file.Path;
import org.constellation.scenario.ScenarioException;

/** Builds a GUI over a scenario file of the project, without any window (the tests run headless). */
final class GuiFixture {

    private GuiFixture() {
    }

    /** Settings over the project's scenarios, starting with the given file. */
    static RunSettings settings(String file) throws ScenarioException {
        Path start = Path.of(file);
        ScenarioCatalogue catalogue = new ScenarioCatalogue(Path.of("."), start);
        return new RunSettings(catalogue, catalogue.indexOf(start));
    }

    /** A GUI started the way the Console starts it (seed on the old state, then start), never initialised. */
    static ConstellationWithUI started(String file, long seed) throws ScenarioException {
        ConstellationWithUI gui = new ConstellationWithUI(settings(file));
        gui.state.setSeed(seed);
        gui.start();
        return gui;
    }

    /** Steps a started GUI through GUIState.step(), as the Console's play thread does. */
    static void step(ConstellationWithUI gui, int steps) {
        for (int i = 0; i < steps; i++) {
            gui.step();
        }
    }
}
