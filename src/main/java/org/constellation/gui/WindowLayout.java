package org.constellation.gui;

import java.awt.Rectangle;

/**
 * Where the GUI's three windows go on a screen, side by side and not overlapping: the Console down the
 * left (tall enough for the Model tab's groups), the map top right, the chart under it. Sized for a
 * 1366x768 projector and grown with the screen up to 1920x1200 (beyond that the windows stay that size).
 *
 * @param console the Console's bounds
 * @param map the map window's bounds
 * @param chart the chart window's bounds
 */
record WindowLayout(Rectangle console, Rectangle map, Rectangle chart) {

    /** Largest area used. */
    static final int MAX_WIDTH = 1920;
    static final int MAX_HEIGHT = 1200;
    /** The map's share of the right column's height. */
    static final double MAP_SHARE = 0.58;
    /** Room the map window needs around the drawing: MASON's tool bar, borders, a title bar. */
    static final int MAP_CHROME_WIDTH = 24;
    static final int MAP_CHROME_HEIGHT = 72;

    /** The layout on a screen's usable area (without task bars). */
    static WindowLayout on(Rectangle screen) {
        int width = Math.min(screen.width, MAX_WIDTH);
        int height = Math.min(screen.height, MAX_HEIGHT);
        int consoleWidth = Math.max(400, Math.min(560, (int) Math.round(width * 0.34)));
        int mapHeight = (int) Math.round(height * MAP_SHARE);
        int right = screen.x + consoleWidth;
        return new WindowLayout(new Rectangle(screen.x, screen.y, consoleWidth, height),
                new Rectangle(right, screen.y, width - consoleWidth, mapHeight),
                new Rectangle(right, screen.y + mapHeight, width - consoleWidth, height - mapHeight));
    }

    /** The map's scale: the largest at which a drawing of the given size fits its window. */
    double mapScale(int drawingWidth, int drawingHeight) {
        return Math.min((map.width - MAP_CHROME_WIDTH) / (double) drawingWidth,
                (map.height - MAP_CHROME_HEIGHT) / (double) drawingHeight);
    }
}
