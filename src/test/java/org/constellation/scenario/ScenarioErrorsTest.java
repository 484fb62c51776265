package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad scenario files give every problem at once, each with file, line, column and key path. */
class ScenarioErrorsTest {

    @TempDir
    Path tmp;

    private List<String> problems(String yaml, String... overrides) throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml);
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(file, List.of(overrides)),
                ScenarioException.class);
        assertThat(e).as("expected a ScenarioException").isNotNull();
        return e.problems();
    }

    private static final String SMALL = """
            name: small
            region:
              countries:
                - id: a
              districts:
                - {id: a1, country: a}
                - {id: a2, country: a}
              edges:
                - [a1, a2]
            actors:
              - {id: m, organisation: un-peacekeeping, presence: [a1], capacity: 3}
            """;

    @Test
    void aValidSmallScenarioLoads() throws Exception {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, SMALL);
        assertThat(ScenarioLoader.load(file).scenario().model().actors()).hasSize(1);
    }

    @Test
    void anUnknownKeyIsLocatedAndACloseOneSuggested() throws IOException {
        List<String> p = problems(SMALL + "stepz: 10\n");
        assertThat(p).singleElement().asString().contains("bad.yaml:12:1").contains("unknown key 'stepz'")
                .contains("did you mean 'steps'");
    }

    @Test
    void wrongTypesAndRangesAreLocated() throws IOException {
        List<String> p = problems(SMALL.replace("capacity: 3", "capacity: lots") + "steps: -4\n");
        assertThat(p).anySatisfy(s -> assertThat(s).contains("bad.yaml:11:").contains("actors[0].capacity")
                .contains("expected a number"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("bad.yaml:12:8").contains("steps"));
    }

    @Test
    void danglingReferencesAreLocated() throws IOException {
        List<String> p = problems(SMALL.replace("presence: [a1]", "presence: [a1, atlantis]")
                + "shocks:\n  - {kind: mission-closure, step: 3, actor: nobody}\n");
        assertThat(p).anySatisfy(s -> assertThat(s).contains("actors[0].presence[1]").contains("unknown district 'atlantis'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("shocks[0].actor").contains("unknown actor 'nobody'"));
    }

    @Test
    void impossibleCombinationsAreErrors() throws IOException {
        List<String> p = problems(SMALL + """
                shocks:
                  - {kind: drought, step: 3, area: a1, magnitude: 0.2, factor: 2}
                coordination:
                  mechanisms: [none, donor-forum]
                """);
        assertThat(p).anySatisfy(s -> assertThat(s).contains("shocks[0].factor").contains("does not apply to a drought"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("'none' cannot be combined"));
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInFileOrder() throws IOException {
        List<String> p = problems(SMALL.replace("country: a}", "country: b}").replace("capacity: 3", "capacity: -1")
                + "seed: x\ncoordination:\n  mechanisms: [donor-forun]\n");
        assertThat(p).hasSizeGreaterThanOrEqualTo(4);
        List<Integer> lines = p.stream().map(s -> Integer.parseInt(s.split(":")[1])).toList();
        assertThat(lines).isSorted();
        assertThat(p).anySatisfy(s -> assertThat(s).contains("did you mean 'donor-forum'"));
    }

    @Test
    void overridesAreValidatedLikeTheFile() throws IOException {
        List<String> p = problems(SMALL, "actors[0].capacity=-2", "parameters.effects.saturaton=3");
        assertThat(p).anySatisfy(s -> assertThat(s).startsWith("--set actors[0].capacity=-2"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("did you mean 'saturation'"));
    }

    @Test
    void aScenarioCanExtendAnotherAndOverrideParts() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), SMALL);
        Path child = tmp.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nname: child\nsteps: 7\n");
        Scenario s = ScenarioLoader.load(child).scenario();
        assertThat(s.name()).isEqualTo("child");
        assertThat(s.steps()).isEqualTo(7);
        assertThat(s.model().actors()).hasSize(1);
    }

    @Test
    void aMissingFileIsOneClearLine() {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(tmp.resolve("nope.yaml")),
                ScenarioException.class);
        assertThat(e.problems()).singleElement().asString().contains("nope.yaml").contains("no such file");
    }
}
