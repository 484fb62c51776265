package org.constellation.coordination;

/**
 * A named list a mechanism accepts besides its numeric parameters (who takes part, who leads, which
 * challenges), with what an empty list means.
 *
 * @param key the key in the scenario
 * @param kind what the ids refer to
 * @param description what it sets, and the default when empty
 */
public record ListSetting(String key, IdKind kind, String description) {
}
