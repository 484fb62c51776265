package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI as a teacher meets it, on a 1366x768 virtual display (Xvfb, in a JVM of its own, through
 * {@link GuiSessionProbe}): windows side by side inside the screen, the Model tab open with every
 * slider in view, a speed of one month a second, a run that pauses by itself at the scenario's last
 * month and carries on past it on purpose, a status line that follows, the closure marked on the chart,
 * and nothing alarming printed at start. Skipped, saying so, where Xvfb is not installed (.ci/run
 * installs it).
 */
class GuiSessionTest {

    @TempDir
    static Path tmp;
    static Map<String, String> found = new LinkedHashMap<>();
    static String stderr;

    @BeforeAll
    static void play() throws Exception {
        assumeTrue(onPath("xvfb-run"), "Xvfb is not installed (.ci/run installs xvfb; apt-get install xvfb)");
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Dconstellation.home=" + Path.of(".").toAbsolutePath().normalize(),
                GuiSessionProbe.class.getName(), "scenarios/teaching/the-mission-leaves.yaml"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(ended).as("the GUI session ended").isTrue();
        assertThat(p.exitValue()).as(stderr).isZero();
        for (String line : Files.readAllLines(out)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                found.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + command).redirectErrorStream(true).start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static Rectangle rectangle(String key) {
        Matcher m = Pattern.compile("x=(-?\\d+),y=(-?\\d+),width=(\\d+),height=(\\d+)").matcher(found.get(key));
        assertThat(m.find()).as(key + " = " + found.get(key)).isTrue();
        return new Rectangle(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    @Test
    void theThreeWindowsSitSideBySideInsideA1366x768Screen() {
        Rectangle screen = rectangle("screen");
        assertThat(screen.width).isEqualTo(1366);
        List<Rectangle> windows = List.of(rectangle("console"), rectangle("map"), rectangle("chart"));
        for (Rectangle w : windows) {
            assertThat(screen.contains(w)).as(w + " inside " + screen).isTrue();
            assertThat(w.width * w.height).as("a usable window").isGreaterThan(200_000);
        }
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                assertThat(windows.get(i).intersects(windows.get(j))).as(windows.get(i) + " and " + windows.get(j))
                        .isFalse();
            }
        }
    }

    @Test
    void theModelTabOpensWithEverySliderInViewAndNoPaging() {
        assertThat(found.get("tab")).isEqualTo("Model");
        assertThat(found.get("sliders")).isEqualTo(Integer.toString(ParameterSliders.SLIDERS.size()));
        assertThat(found.get("sliders.in.view")).isEqualTo(found.get("sliders"));
        assertThat(found.get("checkboxes")).isEqualTo(Integer.toString(RunSettings.toggleable().size()));
        assertThat(found.get("groups")).isEqualTo("4");
        assertThat(found.get("paged")).isEqualTo("false");
    }

    @Test
    void aTeacherCanSetOneMonthASecond() {
        assertThat(found.get("sleep.one.month.a.second")).isEqualTo("1000");
    }

    @Test
    void theRunPausesAtTheScenariosEndAndCarriesOnPastItOnPurposeWithTheStatusLineFollowing() {
        assertThat(found.get("status.ready")).isEqualTo("Ready: press Play to run the scenario's 36 months.");
        assertThat(found.get("status.running")).startsWith("Running: month ").endsWith(" of 36.");
        assertThat(found.get("paused.at")).isEqualTo("36");
        assertThat(found.get("status.end")).startsWith("Finished the scenario's 36 months (paused).");
        assertThat(Integer.parseInt(found.get("carried.on.to"))).isGreaterThanOrEqualTo(39);
        assertThat(found.get("status.past")).startsWith("Paused at month ").contains("past the scenario's end");
        assertThat(found.get("status.stopped")).startsWith("Stopped after month ");
    }

    @Test
    void theMissionsClosureIsMarkedOnTheLiveChart() {
        assertThat(found.get("markers")).contains("TimeMarker[at=13.0, label=UN mission closes]");
    }

    @Test
    void nothingAlarmingIsPrintedAtStart() {
        assertThat(stderr).doesNotContain("Java3D").doesNotContain("WARNING").doesNotContain("Exception");
    }
}
