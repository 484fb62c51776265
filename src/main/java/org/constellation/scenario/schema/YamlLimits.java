package org.constellation.scenario.schema;

/**
 * Safety limits applied while reading YAML, so that hostile or broken files fail quickly with a
 * located error instead of exhausting memory or time.
 *
 * @param maxBytes   the largest accepted file, in bytes
 * @param maxDepth   the deepest accepted nesting of lists and mappings
 * @param maxAliases the most {@code *alias} references accepted in one file
 * @param maxNodes   the most nodes a file may expand to, counting every alias expansion
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {

    /** Checks that every limit is positive. */
    public YamlLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return 1 MiB, depth 64, 50 aliases, 200 000 nodes */
    public static YamlLimits defaults() {
        return new YamlLimits(1 << 20, 64, 50, 200_000);
    }
}
