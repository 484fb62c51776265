package org.constellation.model;

import java.util.List;

/**
 * The kinds of actor in a constellation (<i>Fit for Purpose</i>, ch. 4: missions, the UN
 * Country Team, bilateral donors and EU Delegations, host governments, civil society; and the
 * criminal and armed groups of ch. 2-3).
 */
public enum ActorType {
    MISSION("mission"),
    UNCT_AGENCY("unct-agency"),
    DONOR("donor"),
    HOST_GOVERNMENT("host-government"),
    CIVIL_SOCIETY("civil-society"),
    ARMED_GROUP("armed-group");

    /** Number of actor types, for arrays indexed by {@link #ordinal()}. */
    public static final int COUNT = values().length;

    private static final List<ActorType> ALL = List.of(values());

    private final String key;

    ActorType(String key) {
        this.key = key;
    }

    /** The stable kebab-case name used in scenario files and outputs. */
    public String key() {
        return key;
    }

    /** All actor types in a fixed order. */
    public static List<ActorType> all() {
        return ALL;
    }

    /** The actor type with this key, or an exception listing the valid keys. */
    public static ActorType byKey(String key) {
        for (ActorType t : ALL) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown actor type '" + key + "'. Known: "
                + ALL.stream().map(ActorType::key).toList());
    }

    /** True for the international partners whose trust the population judges together. */
    public boolean isInternational() {
        return this == MISSION || this == UNCT_AGENCY || this == DONOR;
    }
}
