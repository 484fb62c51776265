package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.List;

/** Checks an override's key path against the schema and sets its value in the node tree. */
final class OverridePath {

    private OverridePath() {
    }

    /** Why a path is not in the schema: the offending segment, the path before it, a message. */
    record Problem(int segment, String path, String message) {
    }

    /** Thrown (internally only) when a value cannot be set in the document. */
    static final class SetFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int segment;
        private final String path;

        SetFailure(int segment, KeyPath path, String message) {
            super(message, null, false, false);
            this.segment = segment;
            this.path = path.toString();
        }

        int segment() {
            return segment;
        }

        String path() {
            return path;
        }
    }

    static Problem check(Schema root, KeyPath path) {
        Schema schema = root;
        KeyPath prefix = KeyPath.root();
        List<Object> segments = path.segments();
        for (int i = 0; i < segments.size() && schema != null; i++) {
            Object segment = segments.get(i);
            String here = prefix.isRoot() ? "the document" : "'" + prefix + "'";
            if (schema instanceof EitherSchema e) {
                Schema chosen = segment instanceof Integer ? e.list().orElse(null) : e.section().orElse(null);
                if (chosen == null) {
                    return new Problem(i, prefix.toString(), here + " is " + e.humanName() + " and has no "
                            + (segment instanceof Integer ? "items" : "keys") + " inside it");
                }
                schema = chosen;
            }
            if (schema instanceof AnySchema) {
                return null;
            }
            if (schema instanceof ObjectSchema o && segment instanceof String key) {
                var field = o.field(key);
                if (field.isEmpty() && o.isClosed()) {
                    List<String> valid = o.fields().stream().map(Field::name).toList();
                    return new Problem(i, prefix.toString(), "unknown key " + Texts.quote(key)
                            + Suggestions.closest(key, valid).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; valid keys are: " + String.join(", ", valid)));
                }
                schema = field.map(Field::schema).orElse(null);
            } else if (schema instanceof MapSchema m && segment instanceof String) {
                schema = m.values();
            } else if (schema instanceof ListSchema l && segment instanceof Integer) {
                schema = l.items();
            } else if (schema instanceof ListSchema) {
                return new Problem(i, prefix.toString(), here + " is a list: select an item by its index, such as "
                        + prefix.index(0));
            } else if (schema instanceof ObjectSchema || schema instanceof MapSchema) {
                return new Problem(i, prefix.toString(), here + " is a section, not a list: select a key with '.'");
            } else {
                return new Problem(i, prefix.toString(), here + " is " + schema.humanName() + " and has no keys inside it");
            }
            prefix = segment instanceof Integer idx ? prefix.index(idx) : prefix.key((String) segment);
        }
        return null;
    }

    static YamlNode set(YamlNode document, KeyPath path, YamlNode value, SourceLocation at) throws SetFailure {
        return set(document, path.segments(), 0, KeyPath.root(), value, at);
    }

    private static YamlNode set(YamlNode node, List<Object> segments, int i, KeyPath prefix, YamlNode value,
            SourceLocation at) throws SetFailure {
        if (i == segments.size()) {
            return value;
        }
        Object segment = segments.get(i);
        String here = prefix.isRoot() ? "the document" : "'" + prefix + "'";
        if (segment instanceof String key) {
            YamlMap map;
            if (node instanceof YamlMap m) {
                map = m;
            } else if (node == null || node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NULL) {
                map = new YamlMap(List.of(), at);
            } else {
                throw new SetFailure(i, prefix, "cannot set a key inside " + here + ": at " + node.location()
                        + " it is " + Texts.found(node) + ", not a section");
            }
            var existing = map.entry(key);
            YamlNode child = set(existing.map(YamlMap.Entry::value).orElse(null), segments, i + 1, prefix.key(key), value, at);
            return map.with(new YamlMap.Entry(key, existing.map(YamlMap.Entry::keyLocation).orElse(at), child));
        }
        int index = (Integer) segment;
        if (!(node instanceof YamlList list)) {
            throw new SetFailure(i, prefix, node == null
                    ? here + " is not in the document, so it has no item [" + index + "]"
                    : "cannot select item [" + index + "] of " + here + ": at " + node.location() + " it is "
                            + Texts.found(node) + ", not a list");
        }
        if (index >= list.items().size()) {
            int n = list.items().size();
            throw new SetFailure(i, prefix, here + " has " + (n == 1 ? "1 item" : n + " items")
                    + (n == 0 ? "" : " (indexes 0 to " + (n - 1) + ")") + ", so there is no item [" + index + "]");
        }
        List<YamlNode> items = new ArrayList<>(list.items());
        items.set(index, set(items.get(index), segments, i + 1, prefix.index(index), value, at));
        return new YamlList(items, list.location());
    }
}
