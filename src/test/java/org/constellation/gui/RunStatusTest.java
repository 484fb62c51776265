package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import org.constellation.gui.RunStatus.Play;
import org.junit.jupiter.api.Test;

/** The status line's words, the window layout on a projector, and the speeds. */
class RunStatusTest {

    @Test
    void theStatusSaysWhatIsHappeningAndNeverPressPlayWhileRunning() {
        assertThat(new RunStatus(Play.STOPPED, 0, 36, false, false).text())
                .isEqualTo("Ready: press Play to run the scenario's 36 months.");
        assertThat(new RunStatus(Play.PLAYING, 12, 36, true, false).text()).isEqualTo("Running: month 12 of 36.")
                .doesNotContain("press Play");
        assertThat(new RunStatus(Play.PAUSED, 36, 36, true, false).text())
                .startsWith("Finished the scenario's 36 months (paused). Press Pause again to carry on past the end");
        assertThat(new RunStatus(Play.PAUSED, 12, 36, true, false).text()).startsWith("Paused at month 12 of 36.");
        assertThat(new RunStatus(Play.PLAYING, 40, 36, true, false).text())
                .isEqualTo("Running past the scenario's end: month 40 (it has 36).");
        assertThat(new RunStatus(Play.STOPPED, 20, 36, true, false).text()).startsWith("Stopped after month 20.");
        assertThat(new RunStatus(Play.PLAYING, 5, 36, true, true).text())
                .endsWith("Changed settings apply after Stop, then Play.");
        assertThat(new RunStatus(Play.STOPPED, 5, 36, true, true).text())
                .endsWith("Changed settings apply when you press Play.");
        assertThat(Play.of(0)).isEqualTo(Play.STOPPED);
        assertThat(Play.of(1)).isEqualTo(Play.PLAYING);
        assertThat(Play.of(2)).isEqualTo(Play.PAUSED);
    }

    @Test
    void onA1366x768ProjectorTheWindowsSitSideBySideAndTheMapFits() {
        Rectangle screen = new Rectangle(0, 0, 1366, 768);
        WindowLayout layout = WindowLayout.on(screen);
        for (Rectangle w : new Rectangle[] {layout.console(), layout.map(), layout.chart()}) {
            assertThat(screen.contains(w)).as(w.toString()).isTrue();
        }
        assertThat(layout.console().intersects(layout.map())).isFalse();
        assertThat(layout.console().intersects(layout.chart())).isFalse();
        assertThat(layout.map().intersects(layout.chart())).isFalse();
        assertThat(layout.console().width + layout.map().width).isEqualTo(1366);
        assertThat(layout.map().height + layout.chart().height).isEqualTo(768);
        double scale = layout.mapScale(792, 450);
        assertThat(792 * scale).isLessThanOrEqualTo(layout.map().width - WindowLayout.MAP_CHROME_WIDTH);
        assertThat(450 * scale).isLessThanOrEqualTo(layout.map().height - WindowLayout.MAP_CHROME_HEIGHT);
        WindowLayout big = WindowLayout.on(new Rectangle(0, 0, 3840, 2160));
        assertThat(big.chart().x + big.chart().width).isLessThanOrEqualTo(WindowLayout.MAX_WIDTH);
    }

    @Test
    void speedsRunFromAsFastAsItGoesToOneMonthEveryTwoSeconds() {
        assertThat(PlaySpeed.ONE.pauseMillis()).isEqualTo(1000);
        assertThat(PlaySpeed.ONE.label()).isEqualTo("one month a second");
        assertThat(PlaySpeed.labels()).hasSize(PlaySpeed.values().length).contains("one month a second");
        assertThat(PlaySpeed.DEFAULT.pauseMillis()).isPositive();
    }
}
