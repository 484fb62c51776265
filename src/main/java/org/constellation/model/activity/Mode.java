package org.constellation.model.activity;

/**
 * Whether an activity is done by the actor itself or works through host institutions
 * (<i>Fit for Purpose</i>, tables 2.1-2.5, rows "Direct activities" and "Indirect activities").
 */
public enum Mode {
    /** Done by the actor itself: executive policing, vaccinations, protection of camps. */
    DIRECT("direct"),
    /** Works through a host institution: it uses the institution's absorption capacity. */
    INDIRECT("indirect");

    private final String key;

    Mode(String key) {
        this.key = key;
    }

    /** The stable name used in scenario files. */
    public String key() {
        return key;
    }
}
