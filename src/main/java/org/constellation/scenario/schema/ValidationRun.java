package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One validation pass: walks a node tree and a schema together, collecting every error. */
final class ValidationRun {

    private final List<ValidationError> errors = new ArrayList<>();
    private final Map<KeyPath, SourceLocation> locations = new HashMap<>();
    private final ScalarChecks scalars = new ScalarChecks(this);

    List<ValidationError> errors() {
        return errors;
    }

    Map<KeyPath, SourceLocation> locations() {
        return locations;
    }

    /** @return the validated value, or null if the node had errors */
    Object check(Schema schema, YamlNode node, KeyPath path) {
        locations.put(path, node.location());
        if (schema instanceof ObjectSchema o) {
            return object(o, node, path);
        }
        if (schema instanceof MapSchema m) {
            return map(m, node, path);
        }
        if (schema instanceof ListSchema l) {
            return list(l, node, path);
        }
        if (schema instanceof StringSchema s) {
            return scalars.string(s, node, path);
        }
        if (schema instanceof IntegerSchema i) {
            return scalars.integer(i, node, path);
        }
        if (schema instanceof NumberSchema n) {
            return scalars.number(n, node, path);
        }
        if (schema instanceof EitherSchema e) {
            return either(e, node, path);
        }
        if (schema instanceof AnySchema) {
            recordLocations(node, path);
            return JavaValues.toPlain(node);
        }
        return scalars.bool((BooleanSchema) schema, node, path);
    }

    private Object either(EitherSchema schema, YamlNode node, KeyPath path) {
        java.util.Optional<? extends Schema> choice = node instanceof YamlMap ? schema.section()
                : node instanceof YamlList ? schema.list() : schema.scalar();
        return choice.isPresent() ? check(choice.get(), node, path) : expected(schema, node, path);
    }

    private Object object(ObjectSchema schema, YamlNode node, KeyPath path) {
        YamlMap map;
        if (node instanceof YamlMap m) {
            map = m;
        } else if (path.isRoot() && node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NULL) {
            map = new YamlMap(List.of(), node.location()); // an empty file: report what is missing
        } else {
            return expected(schema, node, path);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlMap.Entry e : map.entries()) {
            var field = schema.field(e.key());
            if (field.isPresent()) {
                out.put(e.key(), check(field.get().schema(), e.value(), path.key(e.key())));
            } else if (!schema.isClosed()) {
                recordLocations(e.value(), path.key(e.key()));
                out.put(e.key(), JavaValues.toPlain(e.value()));
            } else {
                unknownKey(schema, e, path);
            }
        }
        for (Field f : schema.fields()) {
            if (map.keys().contains(f.name())) {
                continue;
            }
            if (f.isRequired()) {
                error(map.location(), path, "missing required key '" + f.name() + "' (" + f.schema().humanName()
                        + ": " + f.description() + ")");
            } else if (f.defaultValue().isPresent()) {
                locations.put(path.key(f.name()), map.location());
                out.put(f.name(), f.defaultValue().get());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Records where every value of an unchecked subtree (from an open section) was written. */
    private void recordLocations(YamlNode node, KeyPath path) {
        locations.put(path, node.location());
        if (node instanceof YamlList list) {
            for (int i = 0; i < list.items().size(); i++) {
                recordLocations(list.items().get(i), path.index(i));
            }
        } else if (node instanceof YamlMap map) {
            map.entries().forEach(e -> recordLocations(e.value(), path.key(e.key())));
        }
    }

    private void unknownKey(ObjectSchema schema, YamlMap.Entry e, KeyPath path) {
        List<String> valid = schema.fields().stream().map(Field::name).toList();
        String message = "unknown key " + Texts.quote(e.key());
        message += Suggestions.closest(e.key(), valid).map(s -> "; did you mean '" + s + "'?")
                .orElse(valid.isEmpty() ? "; this section takes no keys" : "; valid keys are: " + String.join(", ", valid));
        error(e.keyLocation(), path, message);
    }

    private Object map(MapSchema schema, YamlNode node, KeyPath path) {
        if (!(node instanceof YamlMap map)) {
            return expected(schema, node, path);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlMap.Entry e : map.entries()) {
            if (schema.keyPattern().isPresent() && !schema.keyPattern().get().matcher(e.key()).matches()) {
                error(e.keyLocation(), path, "the name " + Texts.quote(e.key()) + " is not allowed here: expected "
                        + schema.keyDescription().orElse("a name"));
            }
            out.put(e.key(), check(schema.values(), e.value(), path.key(e.key())));
        }
        size(map.location(), path, map.size(), schema.minEntries().orElse(null), schema.maxEntries().orElse(null), "entry");
        return Collections.unmodifiableMap(out);
    }

    private Object list(ListSchema schema, YamlNode node, KeyPath path) {
        if (!(node instanceof YamlList list)) {
            return expected(schema, node, path);
        }
        List<Object> out = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            out.add(check(schema.items(), list.items().get(i), path.index(i)));
        }
        size(list.location(), path, list.items().size(), schema.minItems().orElse(null), schema.maxItems().orElse(null), "item");
        return Collections.unmodifiableList(out);
    }

    private void size(SourceLocation at, KeyPath path, int size, Integer min, Integer max, String word) {
        String plural = word.equals("entry") ? "entries" : word + "s";
        if (min != null && size < min) {
            error(at, path, "expected at least " + (min == 1 ? "1 " + word : min + " " + plural) + ", found " + size);
        } else if (max != null && size > max) {
            error(at, path, "expected at most " + (max == 1 ? "1 " + word : max + " " + plural) + ", found " + size);
        }
    }

    /** Reports a wrong type (of a whole document, without quoting it); returns null for convenience. */
    Object expected(Schema schema, YamlNode node, KeyPath path) {
        return error(node, path, "expected " + schema.humanName() + ", found " + (path.isRoot()
                ? Texts.shape(node) + "; is it the right file?" : Texts.found(node)));
    }

    Object error(YamlNode node, KeyPath path, String message) {
        return error(node.location(), path, message);
    }

    Object error(SourceLocation at, KeyPath path, String message) {
        errors.add(ValidationError.at(at, path, message));
        return null;
    }
}
