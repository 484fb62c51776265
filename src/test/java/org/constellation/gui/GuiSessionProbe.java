package org.constellation.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JCheckBox;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * Opens the GUI on a real (virtual) display, plays it as a teacher would and prints what it finds, one
 * {@code key=value} a line, for {@link GuiSessionTest} (which runs it under Xvfb in a JVM of its own).
 * Usage: {@code GuiSessionProbe SCENARIO_FILE}.
 */
public final class GuiSessionProbe {

    private GuiSessionProbe() {
    }

    public static void main(String[] args) throws Exception {
        GuiMain.Opened opened = GuiMain.open(GuiMain.Options.parse(new String[] {args[0]}));
        Console console = opened.console();
        ConstellationWithUI gui = opened.gui();
        settle(() -> onSwing(() -> laidOut(console, gui)));
        onSwing(() -> {
            print("screen", GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
            print("console", console.getBounds());
            print("map", gui.displayFrame().getBounds());
            print("chart", gui.chartFrame().getBounds());
            print("status.ready", gui.statusLine().text());
            print("tab", console.getTabPane().getTitleAt(console.getTabPane().getSelectedIndex()));
            ModelTab tab = (ModelTab) console.getModelInspector();
            JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, tab);
            Rectangle view = scroll.getViewport().getViewRect();
            List<JSlider> sliders = all(tab, JSlider.class);
            print("sliders", sliders.size());
            print("sliders.in.view", sliders.stream().filter(s -> view.contains(
                    SwingUtilities.convertRectangle(s.getParent(), s.getBounds(), tab))).count());
            print("checkboxes", all(tab, JCheckBox.class).size());
            print("groups", tab.groups().size());
            print("paged", tab.groups().stream().anyMatch(g -> g.getMaxProperties() <= 25
                    && g.getMaxProperties() < countFields(g)));
            gui.play().setSpeed(PlaySpeed.ONE.ordinal());
            return null;
        });
        Thread.sleep(300);
        print("sleep.one.month.a.second", console.getPlaySleep());
        onSwing(() -> {
            gui.play().setSpeed(PlaySpeed.TEN.ordinal());
            console.pressPlay();
            return null;
        });
        waitFor(() -> gui.state.schedule.getSteps() >= 3);
        print("status.running", onSwing(() -> gui.statusLine().text()));
        onSwing(() -> {
            gui.play().setSpeed(PlaySpeed.FASTEST.ordinal());
            return null;
        });
        waitFor(() -> console.getPlayState() == Console.PS_PAUSED);
        Thread.sleep(300);
        print("paused.at", gui.state.schedule.getSteps());
        print("status.end", onSwing(() -> gui.statusLine().text()));
        print("markers", onSwing(() -> gui.chart().markers()));
        onSwing(() -> {
            console.pressPause();
            return null;
        });
        waitFor(() -> gui.state.schedule.getSteps() >= gui.settings().loaded().scenario().steps() + 3);
        onSwing(() -> {
            console.pressPause();
            return null;
        });
        Thread.sleep(300);
        print("carried.on.to", gui.state.schedule.getSteps());
        print("status.past", onSwing(() -> gui.statusLine().text()));
        onSwing(() -> {
            console.pressStop();
            return null;
        });
        Thread.sleep(300);
        print("status.stopped", onSwing(() -> gui.statusLine().text()));
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static int countFields(sim.portrayal.SimpleInspector inspector) {
        return all(inspector, sim.util.gui.PropertyField.class).size();
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }

    private static <T> T onSwing(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /**
     * True once the three windows are on screen where the layout for this screen puts them: under load the
     * probe can otherwise read a frame before the GUI has placed it.
     */
    private static boolean laidOut(Console console, ConstellationWithUI gui) {
        WindowLayout layout = WindowLayout.on(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        return console.isShowing() && gui.displayFrame() != null && gui.displayFrame().isShowing()
                && gui.chartFrame() != null && gui.chartFrame().isShowing()
                && console.getBounds().equals(layout.console()) && gui.displayFrame().getBounds().equals(layout.map())
                && gui.chartFrame().getBounds().equals(layout.chart());
    }

    /** Waits up to 30 s for a condition, then carries on either way (the test reports what it finds), and 500 ms more. */
    private static void settle(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.call() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }

    private static <T> List<T> all(Container root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
            if (c instanceof Container inner) {
                out.addAll(all(inner, type));
            }
        }
        return out;
    }
}
