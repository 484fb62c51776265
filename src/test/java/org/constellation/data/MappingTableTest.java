package org.constellation.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The built-in 3W mapping covers the shipped data, and docs/3w-mapping.md documents all of it. */
class MappingTableTest {

    private static final ThreeWMapping MAPPING = ThreeWMapping.builtIn();

    @Test
    void everyTypeAndActivityOfTheShippedDataIsMappedOrSaysWhatItBecomes() throws Exception {
        PresenceTable table = PresenceTable.read(ThreeWFixtures.PRESENCE, new Problems());
        for (PresenceTable.Row r : table.rows()) {
            assertThat(MAPPING.profileOf(r.organisation(), r.type())).as(r.organisation() + " / " + r.type())
                    .isNotNull();
            ThreeWMapping.Activity a = MAPPING.activity(r.activity());
            assertThat(a).as(r.activity()).isNotNull();
            assertThat(a.isActivity() || !a.becomes().isEmpty()).isTrue();
        }
        assertThat(MAPPING.activity("Coordination").becomes()).isEqualTo("coordination");
        assertThat(MAPPING.activity("Funding").becomes()).isEqualTo("capacity");
    }

    @Test
    void theDocumentationListsEveryEntryOfTheBuiltInTable() throws Exception {
        String doc = Files.readString(Path.of("docs/3w-mapping.md"));
        MAPPING.types().forEach((type, profile) -> assertThat(doc).as("type " + type)
                .contains("| " + type + " | `" + profile + "` |"));
        MAPPING.organisationsNamed().forEach(o -> assertThat(doc).as("organisation " + o).contains("| " + o + " |"));
        MAPPING.activities().forEach((name, a) -> {
            String row = a.isActivity() ? "| " + name + " | `" + String.join("`, `", a.activities()) + "` |"
                    : "| " + name + " | `" + a.becomes() + "` |";
            assertThat(doc).as("activity " + name).contains(row);
        });
        MAPPING.capacities().forEach((profile, units) -> assertThat(doc).as("capacity of " + profile)
                .containsPattern("`" + profile + "`[^|]*\\| " + org.constellation.experiment.Numbers.format(units)
                        + " \\|"));
        for (String category : new ThreeWCategories(MAPPING).names()) {
            if (category.contains("|")) {
                assertThat(doc).contains("`" + category + "`");
            }
        }
    }
}
