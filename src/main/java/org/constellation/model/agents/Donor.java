package org.constellation.model.agents;

/**
 * A bilateral donor or EU Delegation: large funds and training capacity, mostly spent indirectly on
 * host institutions; earmarked, inflexible funding, so it keeps its allocation for a whole budget
 * cycle instead of adjusting to needs; and it shares information poorly (<i>Fit for Purpose</i> ch. 4,
 * "International coordination": in Somalia bilateral donors had more funds and training capacity
 * than AMISOM).
 */
public final class Donor extends Actor {

    private static final long serialVersionUID = 1L;

    public Donor(Profile profile) {
        super(profile);
    }
}
