package org.constellation.model.activity;

/** Properties of an activity type that decide how it works beyond its mode and target. */
public enum ActivityFlag {
    /** Puts pressure on criminal and armed groups in the district (and may displace them). */
    ENFORCEMENT("enforcement"),
    /** Produces threat intelligence on groups in the district (ISR, network analysis). */
    INTELLIGENCE("intelligence"),
    /** Mitigates the actor's own harm "inside the fence" rather than a district's need. */
    INSIDE_FENCE("inside-fence"),
    /** Community-level work that civil society organisations can do as well. */
    COMMUNITY("community"),
    /** Pays off faster than others in its column (quick-impact projects, vaccinations). */
    QUICK("quick"),
    /** Reports on the host's conduct (human rights monitoring): a host that has something to hide resents it. */
    REPORTING("reporting"),
    /**
     * Direct work on a challenge's consequences whose effect comes from the host's law enforcement acting on it
     * (verifying a ban, vetting police, monitoring a border): a mission without an executive mandate does it
     * through the host and depends on the host's capacity and will (<i>Fit for Purpose</i> ch. 4 and 6).
     */
    THROUGH_HOST("through-host");

    private final String key;

    ActivityFlag(String key) {
        this.key = key;
    }

    /** The stable name used in scenario files. */
    public String key() {
        return key;
    }
}
