package org.constellation.cli;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code constellation gui [SCENARIO] [--seed N]}: opens the MASON Console, the map and the live chart.
 * The GUI lives in {@code org.constellation.gui}, which this package must not import (the command line
 * stays loadable without Swing), so it is started by reflection, and only when a display is there.
 */
@Command(name = "gui", description = "Open the interactive GUI (MASON Console, map, live chart) on a scenario; "
        + "needs a display.", mixinStandardHelpOptions = true)
final class GuiCommand implements Callable<Integer> {

    static final String GUI_MAIN = "org.constellation.gui.GuiMain";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A scenario name from scenarios/ or a path to a scenario file (default: ${DEFAULT-VALUE}).",
            defaultValue = ScenarioLibrary.DEFAULT)
    private String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Seed shown in the Console (default: the scenario's).")
    private String seed;

    @Option(names = "--screenshot", paramLabel = "FILE", description = "Play --months months, save the map window "
            + "to FILE (the chart and the whole screen beside it) and quit; for scripts/gui-screenshots.sh.")
    private Path screenshot;

    @Option(names = "--months", paramLabel = "N", description = "Months to play before --screenshot (default: 24).")
    private String months;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("no display available: the GUI needs a graphical display "
                    + "(set DISPLAY, or run it under Xvfb: xvfb-run ./constellation gui)");
        }
        LoadedScenario loaded = Scenarios.load(scenario);
        List<String> args = new ArrayList<>(List.of(loaded.file().toAbsolutePath().toString()));
        if (seed != null) {
            args.addAll(List.of("--seed", Long.toString(Arguments.seed(seed))));
        }
        if (screenshot != null) {
            args.addAll(List.of("--screenshot", screenshot.toAbsolutePath().toString()));
        }
        if (months != null) {
            args.addAll(List.of("--months", Integer.toString(Arguments.positiveInt("--months", months))));
        }
        try {
            Object status = Class.forName(GUI_MAIN).getMethod("launch", String[].class)
                    .invoke(null, (Object) args.toArray(String[]::new));
            return (Integer) status;
        } catch (ClassNotFoundException e) {
            throw new UserError("this build has no GUI (" + GUI_MAIN + " is missing)");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException) {
                throw new UserError(cause.getMessage());
            }
            throw e;
        }
    }
}
