package org.constellation.scenario.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Exports a {@link Schema} as a JSON Schema (draft 2020-12) document, so that editors such as
 * VS Code with the YAML extension check files while they are typed. The output is deterministic:
 * keys appear in a fixed order, fields in declaration order, lines end with {@code \n}.
 *
 * <p>Mapping: sections become {@code "type": "object"} with {@code properties}, {@code required}
 * and (when closed) {@code "additionalProperties": false}; tables become objects with
 * {@code propertyNames} and {@code additionalProperties} set to the value schema; field
 * descriptions (with their unit) become {@code description}, defaults become {@code default};
 * patterns are anchored as {@code ^(?:...)$} because Java patterns match whole strings.
 */
public final class JsonSchemaExporter {

    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param schema the schema of whole documents
     * @param title  the title of the document type, such as {@code "Constellation scenario"}
     * @return the JSON Schema as a tree
     */
    public ObjectNode toJson(Schema schema, String title) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", DRAFT);
        root.put("title", title);
        ObjectNode body = describe(schema);
        body.remove("title");
        root.setAll(body);
        return root;
    }

    /**
     * @param schema the schema of whole documents
     * @param title  the title of the document type
     * @return the JSON Schema as pretty-printed text ending with a newline
     */
    public String export(Schema schema, String title) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(toJson(schema, title)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode describe(Schema schema) {
        ObjectNode out = mapper.createObjectNode();
        if (schema instanceof ObjectSchema o) {
            object(o, out);
        } else if (schema instanceof MapSchema m) {
            out.put("type", "object");
            m.keyPattern().ifPresent(p -> out.putObject("propertyNames").put("pattern", anchored(p.pattern())));
            m.minEntries().ifPresent(n -> out.put("minProperties", n));
            m.maxEntries().ifPresent(n -> out.put("maxProperties", n));
            out.set("additionalProperties", describe(m.values()));
        } else if (schema instanceof ListSchema l) {
            out.put("type", "array");
            out.set("items", describe(l.items()));
            l.minItems().ifPresent(n -> out.put("minItems", n));
            l.maxItems().ifPresent(n -> out.put("maxItems", n));
        } else if (schema instanceof StringSchema s) {
            out.put("type", "string");
            if (!s.allowedValues().isEmpty()) {
                ArrayNode values = out.putArray("enum");
                s.allowedValues().forEach(values::add);
            }
            s.pattern().ifPresent(p -> out.put("pattern", anchored(p.pattern())));
        } else if (schema instanceof IntegerSchema i) {
            out.put("type", "integer");
            i.minimum().ifPresent(v -> out.put("minimum", v));
            i.maximum().ifPresent(v -> out.put("maximum", v));
        } else if (schema instanceof NumberSchema n) {
            out.put("type", "number");
            n.minimum().ifPresent(v -> out.put("minimum", v));
            n.maximum().ifPresent(v -> out.put("maximum", v));
        } else if (schema instanceof AnySchema) {
            return out;
        } else if (schema instanceof EitherSchema e) {
            ArrayNode choices = out.putArray("oneOf");
            e.alternatives().forEach(a -> choices.add(describe(a)));
        } else {
            out.put("type", "boolean");
        }
        return out;
    }

    private void object(ObjectSchema schema, ObjectNode out) {
        out.put("type", "object");
        if (schema.hasExplicitName()) {
            out.put("title", schema.humanName());
        }
        ObjectNode properties = out.putObject("properties");
        ArrayNode required = mapper.createArrayNode();
        for (Field f : schema.fields()) {
            ObjectNode property = mapper.createObjectNode();
            property.put("description", f.description() + f.unit().map(u -> " (unit: " + u + ")").orElse(""));
            property.setAll(describe(f.schema()));
            f.defaultValue().ifPresent(v -> property.set("default", mapper.valueToTree(v)));
            properties.set(f.name(), property);
            if (f.isRequired()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            out.set("required", required);
        }
        if (schema.isClosed()) {
            out.put("additionalProperties", false);
        }
    }

    private static String anchored(String regex) {
        return "^(?:" + regex + ")$";
    }
}
