package org.constellation.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.Parameters;
import org.constellation.scenario.schema.Field;
import org.constellation.scenario.schema.ObjectSchema;
import org.constellation.scenario.schema.Schema;
import org.constellation.scenario.schema.Schemas;

/**
 * Schema of the {@code parameters:} section, built from the parameter declarations: the dotted key
 * {@code effects.saturation} is written as nested sections, each leaf a number (or whole number) in
 * the declared range.
 */
final class ParameterSchema {

    private ParameterSchema() {
    }

    static ObjectSchema parameters() {
        Node root = new Node();
        for (ParameterDescriptor d : Parameters.all()) {
            Node n = root;
            String[] parts = d.key().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                n = n.children.computeIfAbsent(parts[i], k -> new Node());
            }
            n.leaves.put(parts[parts.length - 1], d);
        }
        return root.toSchema("a parameters section");
    }

    /** A section of the parameter tree under construction. */
    private static final class Node {
        private final Map<String, Node> children = new LinkedHashMap<>();
        private final Map<String, ParameterDescriptor> leaves = new LinkedHashMap<>();

        ObjectSchema toSchema(String name) {
            ObjectSchema s = Schemas.object(name);
            for (Map.Entry<String, Node> c : children.entrySet()) {
                s = s.optional(c.getKey(), c.getValue().toSchema("a section of parameters"), "Parameters of "
                        + c.getKey());
            }
            for (Map.Entry<String, ParameterDescriptor> l : leaves.entrySet()) {
                ParameterDescriptor d = l.getValue();
                Schema value = d.integer()
                        ? Schemas.integer().between((long) d.min(), (long) d.max()).unit(d.unit())
                        : Schemas.number().between(d.min(), d.max()).unit(d.unit());
                s = s.field(Field.optional(l.getKey(), value, d.description() + " (default "
                        + ParameterDescriptor.format(d.defaultValue()) + ")"));
            }
            return s;
        }
    }
}
