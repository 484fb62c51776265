package org.constellation.model.activity;

/**
 * Whether an activity targets a challenge's drivers or its consequences (<i>Fit for Purpose</i>,
 * tables 2.1-2.5, columns "Targeting drivers" and "Targeting consequences"). An activity on
 * drivers slows the growth of a need and pays off late; one on consequences lowers the current
 * need quickly and leaves the drivers in place.
 */
public enum Target {
    DRIVERS("drivers"),
    CONSEQUENCES("consequences");

    private final String key;

    Target(String key) {
        this.key = key;
    }

    /** The stable name used in scenario files. */
    public String key() {
        return key;
    }
}
