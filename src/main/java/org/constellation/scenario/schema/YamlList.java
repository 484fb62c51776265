package org.constellation.scenario.schema;

import java.util.List;
import java.util.Objects;

/**
 * A YAML sequence.
 *
 * @param items    the items, in order
 * @param location where the sequence starts
 */
public record YamlList(List<YamlNode> items, SourceLocation location) implements YamlNode {

    /** Copies the items into an immutable list. */
    public YamlList {
        items = List.copyOf(items);
        Objects.requireNonNull(location, "location");
    }
}
