package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.constellation.scenario.Scenario;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every classroom scenario is small, sourced, runs in the GUI's machinery, and has a worksheet in the
 * NetLogo Info style, listed in the index, with its screenshot.
 */
class TeachingScenariosTest {

    private static final Path FOLDER = Path.of("scenarios/teaching");
    private static final Path DOCS = Path.of("docs/teaching");

    static Stream<Path> scenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        return files.stream();
    }

    private static String name(Path file) {
        return file.getFileName().toString().replace(".yaml", "");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void isSmallSourcedAndNamedAfterItsFile(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file).scenario();
        assertThat(s.name()).isEqualTo(name(file));
        assertThat(s.model().region().districts().size()).isBetween(3, 8);
        assertThat(s.model().actors().size()).isBetween(2, 8);
        assertThat(s.sources()).anyMatch(src -> src.startsWith("Fit for Purpose, ch. 4"));
        assertThat(s.lookAt()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runsThroughTheGuiAndDrawsAPicture(Path file) throws Exception {
        ConstellationWithUI gui = GuiFixture.started(file.toString(), 1);
        GuiFixture.step(gui, 24);
        assertThat(gui.series().size()).isEqualTo(24);
        assertThat(RegionRenderer.distinctColours(RegionRenderer.render(gui, 600))).isGreaterThan(60);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void hasAWorksheetInTheIndexWithItsScreenshot(Path file) throws Exception {
        String name = name(file);
        Path sheet = DOCS.resolve(name + ".md");
        assertThat(sheet).exists();
        String text = Files.readString(sheet);
        assertThat(text).contains("## WHAT IS IT?", "## THINGS TO NOTICE", "## THINGS TO TRY",
                "## QUESTIONS FOR DISCUSSION", "## WHAT A CLASS TYPICALLY FINDS", "./constellation gui teaching/" + name,
                "./constellation run teaching/" + name);
        assertThat(Files.readString(DOCS.resolve("README.md"))).contains("(" + name + ".md)");
        assertThat(DOCS.resolve(name + ".png")).exists();
        assertThat(text).contains("(" + name + ".png)");
        assertThat(DOCS.resolve(name + "-screen.png")).exists();
        assertThat(text).contains("(" + name + "-screen.png)");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theWorksheetNamesTheControlsAsTheModelTabShowsThem(Path file) throws Exception {
        String text = Files.readString(DOCS.resolve(name(file) + ".md"));
        String how = text.substring(text.indexOf("## HOW TO USE IT"), text.indexOf("## THINGS TO NOTICE"))
                .replaceAll("\\s+", " ");
        List<String> controls = new java.util.ArrayList<>(RunSettings.toggleable().stream()
                .map(org.constellation.coordination.MechanismInfo::name).toList());
        controls.addAll(List.of("Model", "Speed", "SharingRule"));
        java.util.regex.Matcher bold = java.util.regex.Pattern.compile("\\*\\*([^*]+)\\*\\*").matcher(how);
        int named = 0;
        while (bold.find()) {
            assertThat(controls).as("control '" + bold.group(1) + "' in " + file).contains(bold.group(1));
            named++;
        }
        assertThat(named).isPositive();
        assertThat(how).contains("Stop, then Play").contains("pauses by itself at month "
                + ScenarioLoader.load(file).scenario().steps());
    }
}
