package org.constellation.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import sim.portrayal.DrawInfo2D;

/**
 * Draws the map's layers into an image without any window, as a {@code Display2D} would: for tests,
 * and for anyone who wants a picture of a run without a screen ({@code java.awt.headless=true} works).
 */
public final class RegionRenderer {

    private RegionRenderer() {
    }

    /** Renders the current state of a started GUI, scaled to the given width (the height follows). */
    public static BufferedImage render(ConstellationWithUI gui, int width) {
        int height = (int) Math.round(width * MapLayout.HEIGHT / MapLayout.WIDTH);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(Palette.BACKGROUND);
            g.fillRect(0, 0, width, height);
            Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, height);
            for (ConstellationWithUI.Layer layer : gui.layers()) {
                layer.portrayal().draw(layer.portrayal().getField(), g, new DrawInfo2D(gui, layer.portrayal(), all, all));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The number of distinct colours in an image (a blank image has one or two). */
    public static int distinctColours(BufferedImage image) {
        java.util.BitSet seen = new java.util.BitSet(1 << 24);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.set(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.cardinality();
    }
}
