package org.constellation.model.spec;

/**
 * How an actor is funded, which sets how volatile its capacity is from one budget cycle to the next
 * (<i>Fit for Purpose</i> ch. 4, "UN whole of system" and "Internal coordination").
 */
public enum Funding {
    /** Assessed contributions: stable, and a sign of the organisation's political commitment. */
    ASSESSED("assessed", 0.0),
    /** Voluntary, project-based, earmarked contributions (UN Country Team). */
    VOLUNTARY("voluntary", 0.3),
    /** Extra-budgetary funding by a donor country (e.g. climate security advisors). */
    EXTRA_BUDGETARY("extra-budgetary", 0.4),
    /** Bilateral aid budgets: large but earmarked and inflexible. */
    BILATERAL("bilateral", 0.2),
    /** The host state's own budget. */
    NATIONAL("national", 0.1);

    private final String key;
    private final double volatility;

    Funding(String key, double volatility) {
        this.key = key;
        this.volatility = volatility;
    }

    /** The stable name used in scenario files. */
    public String key() {
        return key;
    }

    /**
     * Largest share of capacity that may be missing in a budget cycle: each cycle's capacity is
     * drawn uniformly between (1 - volatility) and 1 of the nominal capacity. An assumption.
     */
    public double volatility() {
        return volatility;
    }

    /** The funding kind with this key, or an exception listing the valid keys. */
    public static Funding byKey(String key) {
        for (Funding f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown funding '" + key + "'. Known: "
                + java.util.Arrays.stream(values()).map(Funding::key).toList());
    }
}
