package org.constellation.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemaExporterTest {

    private final JsonSchemaExporter exporter = new JsonSchemaExporter();

    private JsonNode exported() throws Exception {
        return new ObjectMapper().readTree(exporter.export(SampleSchema.SCENARIO, "Sample scenario"));
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void exportsValidJsonWithTheDraftTitleAndRootConstraints() throws Exception {
        JsonNode root = exported();
        assertThat(root.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.get("title").asText()).isEqualTo("Sample scenario");
        assertThat(root.get("type").asText()).isEqualTo("object");
        assertThat(root.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(names(root.get("properties"))).containsExactly(
                "extends", "name", "seed", "steps", "verbose", "actors", "mechanisms", "output");
        assertThat(root.get("required")).extracting(JsonNode::asText).containsExactly("name", "actors");
    }

    @Test
    void fieldsCarryDescriptionsUnitsDefaultsAndBounds() throws Exception {
        JsonNode steps = exported().at("/properties/steps");
        assertThat(steps.get("description").asText()).isEqualTo("Length of a run (unit: days)");
        assertThat(steps.get("type").asText()).isEqualTo("integer");
        assertThat(steps.get("minimum").asLong()).isEqualTo(1);
        assertThat(steps.get("maximum").asLong()).isEqualTo(10_000);
        assertThat(steps.get("default").asLong()).isEqualTo(365);
        JsonNode output = exported().at("/properties/output");
        assertThat(output.get("title").asText()).isEqualTo("the output settings");
        assertThat(output.get("default").isObject()).isTrue();
        assertThat(output.at("/properties/charts/default").asBoolean()).isTrue();
    }

    @Test
    void listsTablesEnumsAndPatternsAreMapped() throws Exception {
        JsonNode actors = exported().at("/properties/actors");
        assertThat(actors.get("type").asText()).isEqualTo("array");
        assertThat(actors.get("minItems").asInt()).isEqualTo(1);
        assertThat(actors.get("maxItems").asInt()).isEqualTo(5);
        JsonNode actor = actors.get("items");
        assertThat(actor.get("required")).extracting(JsonNode::asText).containsExactly("name", "capacity");
        assertThat(actor.at("/properties/kind/enum")).extracting(JsonNode::asText).containsExactly("mission", "agency", "donor");
        assertThat(actor.at("/properties/name/pattern").asText()).isEqualTo("^(?:[a-z][a-z0-9-]*)$");
        assertThat(actor.at("/properties/capacity/maximum").asDouble()).isEqualTo(1.0);
        JsonNode mechanisms = exported().at("/properties/mechanisms");
        assertThat(mechanisms.get("type").asText()).isEqualTo("object");
        assertThat(mechanisms.at("/propertyNames/pattern").asText()).isEqualTo("^(?:[a-z][a-z0-9-]*)$");
        assertThat(mechanisms.at("/additionalProperties/properties/cost/type").asText()).isEqualTo("number");
        assertThat(mechanisms.at("/additionalProperties/additionalProperties").asBoolean(true)).isFalse();
        assertThat(exported().at("/properties/verbose/type").asText()).isEqualTo("boolean");
    }

    @Test
    void outputIsDeterministicWithUnixLineEnds() {
        String first = exporter.export(SampleSchema.SCENARIO, "t");
        assertThat(new JsonSchemaExporter().export(SampleSchema.SCENARIO, "t")).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"$schema\"");
    }
}
