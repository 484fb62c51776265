package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad experiment files are refused before any run, with every problem located by file, line and key. */
class ExperimentErrorsTest {

    @TempDir
    Path tmp;

    private List<String> problems(String yaml) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml);
        ScenarioException e = catchThrowableOfType(() -> ExperimentLoader.load(file, ScenarioLibrary.at(Path.of("."))),
                ScenarioException.class);
        assertThat(e).as("expected the experiment to be refused").isNotNull();
        return e.problems();
    }

    @Test
    void theSmallExperimentIsValid() throws Exception {
        assertThat(Sweeps.load(tmp, Sweeps.SMALL).spec().factors()).hasSize(2);
    }

    @Test
    void aMisspeltKeyIsLocatedWithASuggestion() throws Exception {
        assertThat(problems(Sweeps.SMALL.replace("replications:", "replicatons:"))).singleElement().asString()
                .contains("bad.yaml:4:").contains("replicatons").contains("did you mean 'replications'");
    }

    @Test
    void outOfRangeValuesAndUnknownDesignsAreLocated() throws Exception {
        List<String> p = problems(Sweeps.SMALL.replace("replications: 2", "replications: 0")
                .replace("type: grid", "type: factorial"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("bad.yaml:4:").contains("replications"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("design.type").contains("factorial"));
    }

    @Test
    void aFactorThatGivesAnInvalidScenarioIsReportedBeforeAnyRun() throws Exception {
        List<String> p = problems(Sweeps.SMALL.replace("path: parameters.effects.saturation",
                "path: parameters.effects.saturaton").replace("values: [siloed, open]", "values: [siloed, gossip]"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("factors[1]").contains("saturaton"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("factors[0]").contains("gossip"));
    }

    @Test
    void aNumericRangeOutsideTheParameterRangeIsRefused() throws Exception {
        assertThat(problems(Sweeps.SMALL.replace("max: 2.0", "max: 5000"))).anySatisfy(s -> assertThat(s)
                .contains("factors[1]").contains("5000"));
    }

    @Test
    void designRulesAreChecked() throws Exception {
        List<String> p = problems(Sweeps.SMALL.replace("name: saturation", "name: sharing")
                .replace("type: grid\n  levels: 2", "type: morris\n  grid_levels: 3"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("duplicate factor name 'sharing'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("design.grid_levels").contains("even"));
    }

    @Test
    void anExplicitPointMustNameEveryFactorAndNoOther() throws Exception {
        List<String> p = problems(Sweeps.SMALL.replace("type: grid\n  levels: 2", """
                type: explicit
                  points:
                    - {sharing: open, saturation: 1.0}
                    - {sharing: open, saturaton: 1.0}"""));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("design.points[1]").contains("saturaton"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("design.points[1]").contains("missing a value"));
    }

    @Test
    void anUnknownBaseScenarioIsLocated() throws Exception {
        assertThat(problems(Sweeps.SMALL.replace("scenario: sahel", "scenario: atlantis"))).singleElement()
                .asString().contains("bad.yaml:2:").contains("no scenario 'atlantis'");
    }
}
