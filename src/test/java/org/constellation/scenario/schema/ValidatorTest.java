package org.constellation.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.constellation.scenario.schema.SampleSchema.VALID;
import static org.constellation.scenario.schema.SampleSchema.rendered;
import static org.constellation.scenario.schema.SampleSchema.validate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void validDocumentGivesPlainValuesWithDefaultsFilledInDocumentOrder() {
        ValidatedDocument doc = validate(VALID).orElseThrow();
        Map<String, Object> root = doc.asMap();
        assertThat(root.keySet()).containsExactly("name", "seed", "actors", "mechanisms", "steps", "verbose", "output");
        assertThat(root.get("seed")).isEqualTo(7L);
        assertThat(root.get("steps")).isEqualTo(365L);
        assertThat(root.get("verbose")).isEqualTo(false);
        assertThat(root.get("output")).isEqualTo(Map.of("dir", "out", "charts", true));
        assertThat(doc.get("actors[0].capacity")).contains(0.6);
        assertThat(doc.get("actors[1].kind")).contains("agency");
        assertThat(doc.get("actors[1].staff")).contains(10L);
        assertThat(doc.get("mechanisms.donor-forum.cost")).contains(1500.0);
        assertThat(doc.get("mechanisms.donor-forum.members")).contains(List.of("un-mission", "eu-agency"));
        assertThat(doc.get("actors[7]")).isEmpty();
        assertThatThrownBy(() -> root.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void locationsOfKeyPathsAreKeptForLaterChecks() {
        ValidatedDocument doc = validate(VALID).orElseThrow();
        assertThat(doc.locationOf("actors[1].capacity")).contains(new SourceLocation("s.yaml", 8, 15));
        assertThat(doc.locationOf("mechanisms.donor-forum.members[1]")).contains(new SourceLocation("s.yaml", 12, 27));
        assertThat(doc.locationOf("actors[1].kind")).as("a default sits at its section").contains(new SourceLocation("s.yaml", 7, 5));
        assertThat(doc.locationOf("output.dir")).contains(new SourceLocation("s.yaml", 1, 1));
        assertThat(doc.locationOf("nothing.here")).isEmpty();
        assertThat(doc.locationOf("bad[")).isEmpty();
        ValidationError e = doc.errorAt(KeyPath.parse("mechanisms.donor-forum.members[0]"), "no actor named 'un-mission'");
        assertThat(e.render()).isEqualTo("s.yaml:12:15: mechanisms.donor-forum.members[0]: no actor named 'un-mission'");
    }

    @Test
    void unknownKeySuggestsTheClosestKeyOrListsTheValidOnes() {
        String yaml = VALID.replace("mechanisms:", "mechanismz:").replace("    kind: mission", "    colour: red");
        assertThat(rendered(validate(yaml))).containsExactly(
                "s.yaml:6:5: actors[0]: unknown key 'colour'; valid keys are: name, capacity, kind, staff",
                "s.yaml:9:1: unknown key 'mechanismz'; did you mean 'mechanisms'?");
    }

    @Test
    void wrongTypesSayWhatWasExpectedAndFound() {
        String yaml = VALID.replace("capacity: 0.6", "capacity: high").replace("seed: 7", "seed: [1]")
                .replace("name: Sample operation", "name: 2024").replace("cost: 1500", "cost: {a: 1}");
        assertThat(rendered(validate(yaml))).containsExactly(
                "s.yaml:1:7: name: expected a string, found the number 2024; put it in quotes if it is meant as text: '2024'",
                "s.yaml:2:7: seed: expected a whole number of at least 0, found a list",
                "s.yaml:5:15: actors[0].capacity: expected a number between 0 and 1 (share), found the string 'high'",
                "s.yaml:11:11: mechanisms.donor-forum.cost: expected a number of at least 0 (USD), found a section (key: value pairs)");
    }

    @Test
    void outOfRangeNanInfinityAndHugeNumbersAreRejected() {
        String yaml = VALID.replace("capacity: 0.6", "capacity: 1.5").replace("capacity: 0.4", "capacity: .nan")
                .replace("seed: 7", "seed: 99999999999999999999").replace("cost: 1500", "cost: -.inf")
                .replace("actors:", "steps: 2.5\nverbose: yes\nactors:");
        assertThat(rendered(validate(yaml))).containsExactly(
                "s.yaml:2:7: seed: expected a whole number of at least 0, found 99999999999999999999, which is too large",
                "s.yaml:3:8: steps: expected a whole number between 1 and 10000 (days), found 2.5, which is not a whole number",
                "s.yaml:4:10: verbose: expected true or false, found the string 'yes'",
                "s.yaml:7:15: actors[0].capacity: expected a number between 0 and 1 (share), found 1.5",
                "s.yaml:10:15: actors[1].capacity: expected a number between 0 and 1 (share), found .nan (not a number)",
                "s.yaml:13:11: mechanisms.donor-forum.cost: expected a number of at least 0 (USD), found -.inf (infinity)");
        assertThat(rendered(validate(VALID.replace("cost: 1500", "cost: 1e999")))).containsExactly(
                "s.yaml:11:11: mechanisms.donor-forum.cost: expected a number of at least 0 (USD), found 1e999, which is too large");
    }

    @Test
    void wholeNumbersWrittenWithAPointAreAccepted() {
        assertThat(validate(VALID.replace("seed: 7", "seed: 7.0")).orElseThrow().get("seed")).contains(7L);
        assertThat(validate(VALID.replace("cost: 1500", "cost: 1500")).orElseThrow().get("mechanisms.donor-forum.cost"))
                .contains(1500.0);
    }

    @Test
    void missingRequiredKeysAreLocatedAtTheirSection() {
        String yaml = VALID.replace("    capacity: 0.4\n", "").replace("name: Sample operation\n", "");
        assertThat(rendered(validate(yaml))).containsExactly(
                "s.yaml:1:1: missing required key 'name' (a string: Title of the scenario)",
                "s.yaml:6:5: actors[1]: missing required key 'capacity' (a number between 0 and 1 (share):"
                        + " Share of tasks it can absorb)");
    }

    @Test
    void emptyFileReportsEveryRequiredKey() {
        assertThat(rendered(validate(""))).containsExactly(
                "s.yaml:1:1: missing required key 'actors' (a list of actors: Who takes part)",
                "s.yaml:1:1: missing required key 'name' (a string: Title of the scenario)");
    }

    @Test
    void enumViolationsSuggestTheClosestValue() {
        assertThat(rendered(validate(VALID.replace("kind: mission", "kind: Misison")))).containsExactly(
                "s.yaml:6:11: actors[0].kind: expected one of [mission, agency, donor], found the string 'Misison';"
                        + " did you mean 'mission'?");
        assertThat(rendered(validate(VALID.replace("kind: mission", "kind: bank")))).containsExactly(
                "s.yaml:6:11: actors[0].kind: expected one of [mission, agency, donor], found the string 'bank'");
    }

    @Test
    void listSizesPatternsAndTableKeysAreChecked() {
        assertThat(rendered(validate("name: x\nactors: []\n"))).containsExactly(
                "s.yaml:2:9: actors: expected at least 1 item, found 0");
        String six = "name: x\nactors:\n" + "  - {name: a, capacity: 1}\n".repeat(6);
        assertThat(rendered(validate(six))).containsExactly("s.yaml:3:3: actors: expected at most 5 items, found 6");
        String yaml = VALID.replace("donor-forum:", "Donor Forum:").replace("[un-mission, eu-agency]", "[UN, eu-agency]");
        assertThat(rendered(validate(yaml))).containsExactly(
                "s.yaml:10:3: mechanisms: the name 'Donor Forum' is not allowed here: expected a lowercase name such as 'donor-forum'",
                "s.yaml:12:15: mechanisms[\"Donor Forum\"].members[0]: expected a lowercase name such as 'un-mission',"
                        + " found the string 'UN'");
    }

    @Test
    void allErrorsOfAFileAreReportedSorted() {
        String yaml = "verbose: 3\nnam: x\nactors:\n  - name: A\n    capacity: 2\n    staff: -1\nseed: x\n";
        Result<ValidatedDocument> result = validate(yaml);
        assertThat(result.errors()).hasSize(7).isSorted();
        assertThat(result.errors()).extracting(ValidationError::line).containsExactly(1, 1, 2, 4, 5, 6, 7);
        assertThat(rendered(result).get(2)).isEqualTo("s.yaml:2:1: unknown key 'nam'; did you mean 'name'?");
        assertThatThrownBy(result::orElseThrow).isInstanceOf(ScenarioValidationException.class)
                .hasMessageStartingWith("7 errors:")
                .satisfies(t -> assertThat(((ScenarioValidationException) t).errors()).isEqualTo(result.errors()))
                .satisfies(t -> assertThat(t.getStackTrace()).isEmpty());
    }

    @Test
    void openSectionsPassUnknownKeysThrough() {
        ObjectSchema open = Schemas.object().optional("a", Schemas.integer(), 1, "A").open();
        ValidatedDocument doc = Validator.validate(open, SampleSchema.read("x: [1, {y: z}]\n")).orElseThrow();
        assertThat(doc.asMap()).isEqualTo(Map.of("a", 1L, "x", List.of(1L, Map.of("y", "z"))));
        assertThat(doc.locationOf("x[1].y")).contains(new SourceLocation("s.yaml", 1, 12));
    }
}
