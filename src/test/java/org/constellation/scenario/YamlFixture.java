package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.constellation.model.Constellation;

/**
 * Small scenarios that tests write as YAML text, read with {@link ScenarioLoader#loadText} under the name
 * {@code s.yaml} (so errors read {@code s.yaml:LINE:COLUMN}); no file is written.
 */
final class YamlFixture {

    /** The name the text is read under. */
    static final Path NAME = Path.of("s.yaml");

    private YamlFixture() {
    }

    static Scenario scenario(String yaml) throws ScenarioException {
        return ScenarioLoader.loadText(NAME, yaml, List.of()).scenario();
    }

    /** A started model of the scenario with the given seed. */
    static Constellation started(String yaml, long seed) throws ScenarioException {
        Constellation m = scenario(yaml).newModel(seed);
        m.start();
        return m;
    }

    /** The problems of a scenario that must be refused. */
    static List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(() -> scenario(yaml), ScenarioException.class);
        assertThat(e).as("expected a ScenarioException").isNotNull();
        return e.problems();
    }
}
