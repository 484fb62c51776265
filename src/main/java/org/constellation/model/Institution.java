package org.constellation.model;

import java.util.List;

/**
 * Host-state institutions that indirect activities work through (<i>Fit for Purpose</i>, tables
 * 2.1-2.5, "Indirect activities": training and capacity building of security forces, police,
 * border management and coastguard, the justice sector, health authorities, natural-resource
 * administrations, and governance institutions). Each has an absorption capacity, a doctrine mix
 * and a capacity in every host country.
 */
public enum Institution {
    SECURITY_FORCES("security-forces"),
    POLICE("police"),
    JUSTICE("justice"),
    BORDER_MANAGEMENT("border-management"),
    HEALTH("health"),
    NATURAL_RESOURCES("natural-resources"),
    GOVERNANCE("governance");

    /** Number of institutions, for arrays indexed by {@link #ordinal()}. */
    public static final int COUNT = values().length;

    private static final List<Institution> ALL = List.of(values());

    private final String key;

    Institution(String key) {
        this.key = key;
    }

    /** The stable kebab-case name used in scenario files and outputs. */
    public String key() {
        return key;
    }

    /** All institutions in a fixed order. */
    public static List<Institution> all() {
        return ALL;
    }

    /** The institution with this key, or an exception listing the valid keys. */
    public static Institution byKey(String key) {
        for (Institution i : ALL) {
            if (i.key.equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unknown institution '" + key + "'. Known: "
                + ALL.stream().map(Institution::key).toList());
    }

    /**
     * The institution whose capacity lets the host resolve a challenge itself, an assumption
     * read off the tables' "Indirect activities, targeting consequences" column.
     */
    public static Institution resolving(Challenge challenge) {
        return switch (challenge) {
            case TERRORISM, PROTECTION_OF_CIVILIANS -> SECURITY_FORCES;
            case ORGANIZED_CRIME -> POLICE;
            case MIGRATION_TRAFFICKING -> BORDER_MANAGEMENT;
            case ENVIRONMENT -> NATURAL_RESOURCES;
            case EPIDEMICS -> HEALTH;
        };
    }
}
