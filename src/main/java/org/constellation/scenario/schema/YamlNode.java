package org.constellation.scenario.schema;

/**
 * An immutable node of a parsed YAML document, remembering where it was written. Aliases are
 * expanded, so a tree may share sub-trees; it never contains cycles.
 */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap {

    /** @return where the node starts (for a mapping: its first key) */
    SourceLocation location();
}
