package org.constellation.gui;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.constellation.scenario.ScenarioException;
import sim.display.Console;

/**
 * Opens the GUI: {@code GuiMain SCENARIO_FILE [--seed N] [--screenshot FILE --months N]}. The
 * launcher's {@code gui} command calls {@link #launch} by reflection, so that the command line never
 * loads Swing unless asked to. Without {@code --screenshot} it returns only when the Console quits
 * (MASON then ends the program); with it, it plays the months, saves the pictures and returns.
 */
public final class GuiMain {

    /** Exit status when the pictures came out blank. */
    public static final int BLANK = 3;

    private GuiMain() {
    }

    /** Entry point for running the class directly. */
    public static void main(String[] args) throws Exception {
        System.exit(launch(args));
    }

    /**
     * Opens the Console, map and chart of a scenario file.
     *
     * @return 0, or {@link #BLANK} if a screenshot came out blank
     * @throws IllegalStateException if there is no display
     * @throws IllegalArgumentException if the arguments are wrong or the scenario does not load
     */
    public static int launch(String... args) throws Exception {
        Options o = Options.parse(args);
        Opened gui = open(o);
        if (o.screenshot() != null) {
            return ScreenshotDriver.capture(gui.console(), gui.gui(), o.months(), o.screenshot()) ? 0 : BLANK;
        }
        new CountDownLatch(1).await();
        return 0;
    }

    /** An open GUI: its Console and its GUIState. */
    record Opened(Console console, ConstellationWithUI gui) {
    }

    /**
     * Opens the Console, map and chart of a scenario file, laid out side by side.
     *
     * @throws IllegalStateException if there is no display
     * @throws IllegalArgumentException if the scenario does not load
     */
    static Opened open(Options o) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("no display available: the GUI needs a graphical display "
                    + "(set DISPLAY, or run it under Xvfb: xvfb-run ./constellation gui)");
        }
        Path home = Path.of(System.getProperty("constellation.home", ".")).toAbsolutePath().normalize();
        ScenarioCatalogue catalogue = new ScenarioCatalogue(home, o.scenario());
        RunSettings settings;
        try {
            settings = new RunSettings(catalogue, catalogue.indexOf(o.scenario()));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(String.join("; ", e.problems()), e);
        }
        ConstellationWithUI gui = new ConstellationWithUI(settings);
        if (o.seed() != null) {
            gui.state.setSeed(o.seed());
        }
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = (Console) gui.createController());
        return new Opened(console[0], gui);
    }

    /** The parsed arguments. */
    record Options(Path scenario, Long seed, Path screenshot, int months) {

        static Options parse(String[] args) {
            Path scenario = null;
            Long seed = null;
            Path screenshot = null;
            int months = 24;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--screenshot" -> screenshot = Path.of(value(args, ++i, a));
                    case "--months" -> months = Integer.parseInt(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--") || scenario != null) {
                            throw new IllegalArgumentException("unexpected argument '" + a + "'");
                        }
                        scenario = Path.of(a);
                    }
                }
            }
            if (scenario == null) {
                throw new IllegalArgumentException("a scenario file is needed");
            }
            return new Options(scenario, seed, screenshot, months);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
