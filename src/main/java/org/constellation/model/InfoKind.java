package org.constellation.model;

/**
 * The kinds of information actors pass to each other (<i>Fit for Purpose</i> ch. 4 and ch. 6,
 * recommendation 2: assessments, plans and intelligence).
 */
public enum InfoKind {
    /** Needs assessments: what the sender believes about needs where it is present. */
    NEEDS("needs"),
    /** Activity plans: what the sender is doing where. */
    PLANS("plans"),
    /** Threat intelligence: what the sender believes about group strength. */
    INTEL("intel");

    private final String key;

    InfoKind(String key) {
        this.key = key;
    }

    /** The stable name used in scenario files. */
    public String key() {
        return key;
    }

    /** The kind with this key, or an exception listing the valid keys. */
    public static InfoKind byKey(String key) {
        for (InfoKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown kind of information '" + key + "'. Known: [needs, plans, intel]");
    }
}
