package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A list or mapping under construction in {@link TreeBuilder}. */
abstract class Frame {

    final SourceLocation location;
    final String anchor;
    /** The number of nodes in this collection once expanded, itself included. */
    long size = 1;

    Frame(SourceLocation location, String anchor) {
        this.location = location;
        this.anchor = anchor;
    }

    abstract void add(YamlNode node);

    abstract YamlNode build();

    /** A sequence under construction. */
    static final class ListFrame extends Frame {
        private final List<YamlNode> items = new ArrayList<>();

        ListFrame(SourceLocation location, String anchor) {
            super(location, anchor);
        }

        @Override
        void add(YamlNode node) {
            items.add(node);
        }

        @Override
        YamlNode build() {
            return new YamlList(items, location);
        }
    }

    /** A mapping under construction: nodes arrive as key, value, key, value... */
    static final class MapFrame extends Frame {
        private final List<YamlMap.Entry> entries = new ArrayList<>();
        private final Map<String, SourceLocation> seen = new HashMap<>();
        private final List<ValidationError> errors;
        private YamlNode pendingKey;

        MapFrame(SourceLocation location, String anchor, List<ValidationError> errors) {
            super(location, anchor);
            this.errors = errors;
        }

        @Override
        void add(YamlNode node) {
            if (pendingKey == null) {
                pendingKey = node;
                return;
            }
            YamlNode keyNode = pendingKey;
            pendingKey = null;
            String key = checkKey(keyNode);
            if (key == null) {
                return;
            }
            SourceLocation first = seen.putIfAbsent(key, keyNode.location());
            if (first != null) {
                errors.add(new ValidationError(keyNode.location(), "", "duplicate key " + Texts.quote(key)
                        + " (first written at line " + first.line() + "); each key may appear only once"));
                return;
            }
            entries.add(new YamlMap.Entry(key, keyNode.location(), node));
        }

        private String checkKey(YamlNode keyNode) {
            if (keyNode instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING) {
                return s.text();
            }
            String problem;
            if (keyNode instanceof YamlScalar s) {
                problem = s.kind() == YamlScalar.Kind.NULL
                        ? "a key is empty; write a name before the ':'"
                        : "the key " + Texts.shorten(s.text()) + " is not text; keys must be names (write "
                                + Texts.quote(s.text()) + " in quotes if it is meant as a name)";
            } else {
                problem = "a key must be a name, found " + (keyNode instanceof YamlList ? "a list" : "a section");
            }
            errors.add(new ValidationError(keyNode.location(), "", problem));
            return null;
        }

        @Override
        YamlNode build() {
            return new YamlMap(entries, location);
        }
    }
}
