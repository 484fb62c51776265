package org.constellation.model.agents;

import java.io.Serializable;
import java.util.Arrays;
import org.constellation.model.Constellation;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;

/**
 * The population of one district, as far as the model needs it: its trust in each actor present.
 * Trust moves towards what people experience: the need an actor removes raises it; harm done
 * inside the fence, a bunkerized mission that does not listen, and a captured government lower it
 * (<i>Fit for Purpose</i> ch. 3, "The people-centred approach", "Do no harm"; ch. 4, "Civil
 * society"). Trust in turn decides how much people tell an actor (its observation noise).
 */
public final class Population implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int district;
    private final double[] trust;

    public Population(int district, int actors, double initialTrust) {
        this.district = district;
        this.trust = new double[actors];
        Arrays.fill(trust, initialTrust);
    }

    /** The WORLD phase's update, given the active actors present in the district, in index order: actors[from..to). */
    public void update(Constellation m, Actor[] actors, int from, int to) {
        ModelParameters p = m.parameters();
        double rate = p.get(Parameters.TRUST_RATE);
        double initial = p.get(Parameters.TRUST_INITIAL);
        for (int i = from; i < to; i++) {
            Actor a = actors[i];
            double target = initial
                    + p.get(Parameters.TRUST_BENEFIT) * m.accounts().benefit(a.index(), district)
                    - p.get(Parameters.TRUST_HARM) * m.accounts().harm(a.index(), district);
            if (a instanceof Mission mission) {
                target -= p.get(Parameters.TRUST_BUNKER) * mission.bunkerization();
            }
            if (a instanceof HostGovernment host) {
                target -= p.get(Parameters.TRUST_CAPTURE) * host.capture();
            }
            target = Math.max(0, Math.min(1, target));
            trust[a.index()] += rate * (target - trust[a.index()]);
        }
    }

    /** Index of its district. */
    public int district() {
        return district;
    }

    /** Trust in an actor, 0-1. */
    public double trust(int actor) {
        return trust[actor];
    }
}
