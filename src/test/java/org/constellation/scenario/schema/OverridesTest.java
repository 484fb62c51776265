package org.constellation.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.scenario.schema.SampleSchema.VALID;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverridesTest {

    private static Result<ValidatedDocument> load(String yaml, String... sets) {
        return DocumentLoader.of(SampleSchema.SCENARIO)
                .load("s.yaml", yaml.getBytes(StandardCharsets.UTF_8), Path.of("."), List.of(sets));
    }

    private static List<String> errors(String... sets) {
        return load(VALID, sets).errors().stream().map(ValidationError::render).toList();
    }

    @Test
    void overridesSetScalarsListsAndNewSectionsAndLaterOnesWin() {
        ValidatedDocument doc = load(VALID, "actors[1].capacity=0.9", "seed=1", "seed=2",
                "mechanisms.donor-forum.members=[eu-agency]", "mechanisms.new-forum={cost: 3}", "output.dir=results",
                "actors[0]={name: solo, capacity: 1}").orElseThrow();
        assertThat(doc.get("actors[1].capacity")).contains(0.9);
        assertThat(doc.get("seed")).contains(2L);
        assertThat(doc.get("mechanisms.donor-forum.members")).contains(List.of("eu-agency"));
        assertThat(doc.get("mechanisms.new-forum")).contains(Map.of("cost", 3.0, "members", List.of()));
        assertThat(doc.get("output")).contains(Map.of("dir", "results", "charts", true));
        assertThat(doc.get("actors[0].name")).contains("solo");
        assertThat(doc.locationOf("actors[1].capacity"))
                .contains(new SourceLocation("--set actors[1].capacity=0.9", 1, 20));
        assertThat(doc.locationOf("actors[1].name")).contains(new SourceLocation("s.yaml", 7, 11));
    }

    @Test
    void malformedOverridesAreLocatedInTheArgument() {
        assertThat(errors("seed")).containsExactly(
                "--set seed:1:1: expected key.path=value, such as actors[2].capacity=0.7");
        assertThat(errors("actors[x].name=a")).containsExactly(
                "--set actors[x].name=a:1:8: invalid key path: expected a list index such as [0] or a quoted key such as [\"a.b\"]");
        assertThat(errors("=3")).containsExactly("--set =3:1:1: invalid key path: the key path is empty");
        assertThat(errors("seed=[1, 2")).singleElement().asString().startsWith("--set seed=[1, 2:1:11: invalid YAML:");
    }

    @Test
    void pathsMustExistInTheSchema() {
        assertThat(errors("actors[0].capcity=0.5")).containsExactly(
                "--set actors[0].capcity=0.5:1:11: actors[0]: unknown key 'capcity'; did you mean 'capacity'?");
        assertThat(errors("seeds=1")).containsExactly("--set seeds=1:1:1: unknown key 'seeds'; did you mean 'seed'?");
        assertThat(errors("zzz=1")).singleElement().asString().endsWith("valid keys are: extends, name, seed, steps,"
                + " verbose, actors, mechanisms, output");
        assertThat(errors("seed.x=1")).containsExactly(
                "--set seed.x=1:1:6: seed: 'seed' is a whole number of at least 0 and has no keys inside it");
        assertThat(errors("actors.name=1")).containsExactly(
                "--set actors.name=1:1:8: actors: 'actors' is a list: select an item by its index, such as actors[0]");
        assertThat(errors("output[0]=1")).containsExactly(
                "--set output[0]=1:1:7: output: 'output' is a section, not a list: select a key with '.'");
    }

    @Test
    void indexesMustExistInTheDocument() {
        assertThat(errors("actors[5].capacity=0.5")).containsExactly(
                "--set actors[5].capacity=0.5:1:7: actors: 'actors' has 2 items (indexes 0 to 1), so there is no item [5]");
        assertThat(load("name: x\n", "actors[0].name=a").errors()).extracting(ValidationError::render).contains(
                "--set actors[0].name=a:1:7: actors: 'actors' is not in the document, so it has no item [0]");
    }

    @Test
    void invalidValuesAreReportedAtTheOverrideTogetherWithFileErrors() {
        List<String> errors = load(VALID.replace("seed: 7", "seed: -7"), "actors[0].capacity=high", "actors[1].kind=").errors()
                .stream().map(ValidationError::render).toList();
        assertThat(errors).containsExactly(
                "--set actors[0].capacity=high:1:20: actors[0].capacity: expected a number between 0 and 1 (share),"
                        + " found the string 'high'",
                "--set actors[1].kind=:1:16: actors[1].kind: expected one of [mission, agency, donor], found an empty value",
                "s.yaml:2:7: seed: expected a whole number of at least 0, found -7");
    }

    @Test
    void overridesWorkOnTheirOwnToo() {
        Overrides overrides = Overrides.of(SampleSchema.SCENARIO);
        Result<YamlNode> r = overrides.apply(YamlScalar.empty(SourceLocation.startOf("empty")), List.of("name=x"));
        assertThat(JavaValues.toPlain(r.orElseThrow())).isEqualTo(Map.of("name", "x"));
        assertThat(overrides.apply(SampleSchema.read(VALID), List.of("nope=1")).isOk()).isFalse();
    }
}
