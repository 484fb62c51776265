package org.constellation.model.agents;

/**
 * A bilateral donor or EU Delegation: large funds and training capacity, mostly spent indirectly on
 * host institutions; earmarked, inflexible funding, so it keeps its allocation for a whole budget
 * cycle instead of adjusting to needs; and it shares information poorly (<i>Fit for Purpose</i> ch. 4,
 * "International coordination": in Somalia bilateral donors had more funds and training capacity
 * than AMISOM). Its effort is money, so what it does not spend it banks until the end of the funding cycle.
 */
public final class Donor extends Actor {

    private static final long serialVersionUID = 1L;

    public Donor(Profile profile) {
        super(profile);
    }

    /**
     * A donor's effort is money (grants, programmes it buys), not its own staff time: what it does not spend
     * in a month stays in its budget until the end of the funding cycle.
     */
    @Override
    public boolean banksUnspent() {
        return true;
    }
}
