package org.constellation.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The five non-traditional security challenges of <i>Fit for Purpose</i> (ch. 1, "Defining
 * non-traditional security challenges"; ch. 2) plus protection of civilians, the missions' core
 * task that competes with them for capacity (ch. 3, "'Christmas tree mandates'").
 */
public enum Challenge {
    TERRORISM("terrorism", "Terrorism and violent extremism"),
    ORGANIZED_CRIME("organized-crime", "Organized crime"),
    MIGRATION_TRAFFICKING("migration-trafficking", "Irregular migration and human trafficking"),
    ENVIRONMENT("environment", "Environmental degradation and resource scarcity"),
    EPIDEMICS("epidemics", "Epidemics and pandemics"),
    PROTECTION_OF_CIVILIANS("protection-of-civilians", "Protection of civilians");

    /** Number of challenges, for arrays indexed by {@link #ordinal()}. */
    public static final int COUNT = values().length;

    private static final List<Challenge> ALL = List.of(values());

    private final String key;
    private final String label;

    Challenge(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The stable kebab-case name used in scenario files and outputs. */
    public String key() {
        return key;
    }

    /** The human-readable name, as the report words it. */
    public String label() {
        return label;
    }

    /** All challenges in a fixed order. */
    public static List<Challenge> all() {
        return ALL;
    }

    /** The challenge with this key, or an exception listing the valid keys. */
    public static Challenge byKey(String key) {
        for (Challenge c : ALL) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown challenge '" + key + "'. Known: " + keys());
    }

    /** The valid keys, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Challenge::key).collect(Collectors.toList());
    }
}
