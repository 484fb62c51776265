package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The map's layers draw into an off-screen image, headless, and the picture is not blank. */
class RegionRendererTest {

    @Test
    void theRegionDrawsOffScreenWithDistrictsActorsGroupsAndALegend() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 42);
        GuiFixture.step(gui, 12);
        BufferedImage image = RegionRenderer.render(gui, 900);
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(RegionRenderer.distinctColours(image)).isGreaterThan(100);
        int background = Palette.BACKGROUND.getRGB() & 0xFFFFFF;
        assertThat(countNot(image, background, 0, (int) (900 * MapLayout.MAP_WIDTH / MapLayout.WIDTH)))
                .as("pixels drawn on the map").isGreaterThan(5000);
        assertThat(countNot(image, background, (int) (900 * MapLayout.MAP_WIDTH / MapLayout.WIDTH), 900))
                .as("pixels drawn in the legend").isGreaterThan(2000);
    }

    @Test
    void everyColouringModeDraws() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 1);
        GuiFixture.step(gui, 6);
        for (ColourBy mode : ColourBy.values()) {
            gui.settings().setColourBy(mode.ordinal());
            assertThat(RegionRenderer.distinctColours(RegionRenderer.render(gui, 600))).as(mode.name())
                    .isGreaterThan(50);
        }
    }

    private static int countNot(BufferedImage image, int rgb, int fromX, int toX) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
