package org.constellation.gui;

import java.util.List;
import javax.swing.JFrame;
import javax.swing.ScrollPaneConstants;
import sim.display.Display2D;

/** The map's window: MASON's Display2D with the map's layers, scaled to fit its place in the layout. */
final class MapWindow {

    /** The drawing's size at scale 1: six pixels per field unit. */
    static final int WIDTH = (int) (MapLayout.WIDTH * 6);
    static final int HEIGHT = (int) (MapLayout.HEIGHT * 6);

    private MapWindow() {
    }

    /** The display with the layers attached, at the largest scale (to two decimals) that fits the layout. */
    static Display2D display(ConstellationWithUI gui, List<ConstellationWithUI.Layer> layers, WindowLayout layout) {
        Display2D display = new Display2D(WIDTH, HEIGHT, gui);
        display.setBackdrop(Palette.BACKGROUND);
        display.setClipping(false);
        display.setScale(Math.floor(layout.mapScale(WIDTH, HEIGHT) * 100) / 100);
        display.display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        for (ConstellationWithUI.Layer l : layers) {
            display.attach(l.portrayal(), l.name());
        }
        return display;
    }

    /** The display's frame, titled and placed. */
    static JFrame frame(Display2D display, WindowLayout layout) {
        JFrame frame = display.createFrame();
        frame.setTitle("Constellation: the region");
        frame.setBounds(layout.map());
        return frame;
    }
}
