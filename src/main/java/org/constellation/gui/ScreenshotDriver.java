package org.constellation.gui;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * Runs an open GUI for some months through its Console (Play as fast as it goes, then the speed back to
 * the default; past the scenario's end, Pause again) and saves what is on the screen: the map's window to {@code FILE}, the chart's window beside it
 * ({@code FILE} with {@code -chart} before the extension) and the whole screen, the three windows as a
 * class sees them ({@code -screen}). Used by {@code scripts/gui-screenshots.sh}.
 */
final class ScreenshotDriver {

    /** Fewer distinct colours than this and a picture counts as blank. */
    static final int MIN_COLOURS = 24;

    private ScreenshotDriver() {
    }

    /** Plays {@code months} steps, captures the windows, and says whether the pictures have content. */
    static boolean capture(Console console, ConstellationWithUI gui, int months, Path out)
            throws InterruptedException, InvocationTargetException, AWTException, IOException {
        SwingUtilities.invokeAndWait(() -> {
            gui.play().setSpeed(PlaySpeed.FASTEST.ordinal());
            console.setWhenShouldPause(months);
            console.pressPlay();
        });
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (gui.state.schedule.getSteps() < months || console.getPlayState() != Console.PS_PAUSED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the run did not pause after " + months + " months");
            }
            if (console.getPlayState() == Console.PS_PAUSED && gui.state.schedule.getSteps() < months) {
                SwingUtilities.invokeAndWait(() -> {
                    console.setWhenShouldPause(months);
                    console.pressPause();
                });
            }
            Thread.sleep(200);
        }
        SwingUtilities.invokeAndWait(() -> {
            gui.play().setSpeed(PlaySpeed.DEFAULT.ordinal());
            console.getModelInspector().updateInspector();
        });
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });
        Robot robot = new Robot();
        BufferedImage map = robot.createScreenCapture(bounds(gui.displayFrame()));
        BufferedImage chart = robot.createScreenCapture(bounds(gui.chartFrame()));
        BufferedImage canvas = robot.createScreenCapture(bounds(gui.mapCanvas()));
        BufferedImage screen = robot.createScreenCapture(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        ImageIO.write(map, "png", out.toFile());
        String name = out.getFileName().toString().replaceFirst("\\.png$", "");
        ImageIO.write(chart, "png", parent.resolve(name + "-chart.png").toFile());
        ImageIO.write(screen, "png", parent.resolve(name + "-screen.png").toFile());
        return RegionRenderer.distinctColours(canvas) >= MIN_COLOURS && RegionRenderer.distinctColours(chart) >= MIN_COLOURS;
    }

    private static Rectangle bounds(java.awt.Component c) {
        Rectangle visible = c instanceof javax.swing.JComponent j ? j.getVisibleRect() : new Rectangle(c.getSize());
        java.awt.Point at = c.getLocationOnScreen();
        return new Rectangle(at.x + visible.x, at.y + visible.y, visible.width, visible.height);
    }
}
