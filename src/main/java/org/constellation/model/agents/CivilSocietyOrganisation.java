package org.constellation.model.agents;

import org.constellation.model.Constellation;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;

/**
 * A civil society organisation: the best local knowledge, small capacity, at special risk where
 * armed groups are strong, and a partner or a watchdog of the host government (<i>Fit for
 * Purpose</i> ch. 4, "Civil society").
 */
public final class CivilSocietyOrganisation extends Actor {

    private static final long serialVersionUID = 1L;

    private final boolean watchdog;

    public CivilSocietyOrganisation(Profile profile, boolean watchdog) {
        super(profile);
        this.watchdog = watchdog;
    }

    /** True if it acts as a watchdog of the host government. */
    public boolean isWatchdog() {
        return watchdog;
    }

    /** Capacity shrinks where armed groups are strong. */
    @Override
    public double capacity(Constellation m) {
        double base = super.capacity(m);
        if (base <= 0 || presence().isEmpty()) {
            return base;
        }
        double scale = m.parameters().get(Parameters.CONTROL_SCALE);
        double danger = 0;
        for (District d : presence()) {
            double s = m.groupStrengthIn(d.index());
            danger += s / (s + scale);
        }
        danger /= presence().size();
        return base * (1 - m.parameters().get(Parameters.CSO_RISK) * danger);
    }
}
