package org.constellation.model;

import org.constellation.model.agents.Actor;
import org.constellation.model.belief.Beliefs;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * What a handover between organisations passes on (ODD 7.12): the successor takes over the closing actor's
 * districts and a share of its capacity, and receives its records, what it believed of the needs and threats
 * there, where they are newer than its own; each record (a need cell, a district's threat) is lost with a
 * chance (<i>Multilateral Peace Operations and the Challenges of Organized Crime</i>, section V: in the UNMIK to
 * EULEX Kosovo handover "a lot of criminal cases were dropped ... as records and documents were lost or
 * incomplete"; <i>Fit for Purpose</i> ch. 4, "UN whole of system": operations that close leave a vacuum).
 */
final class Handovers {

    private Handovers() {
    }

    /** Passes districts, capacity and the records that survive from one actor to its successor. */
    static void transfer(Constellation m, Actor from, Actor to, double recordsLost, double capacityShare) {
        int t = m.step();
        Beliefs source = from.beliefs();
        Beliefs target = to.beliefs();
        for (District d : from.presence()) {
            to.addPresence(d);
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d.index(), c);
                if (source.lastUpdate(cell) > target.lastUpdate(cell) && m.random.nextDouble() >= recordsLost) {
                    target.observe(cell, source.need(cell), source.variance(cell, t), t);
                }
            }
            if (source.knowsThreat(d.index()) && m.random.nextDouble() >= recordsLost) {
                target.observeThreat(d.index(), source.threat(d.index()), source.threatVariance(d.index(), t), t);
            }
        }
        if (capacityShare > 0) {
            to.scaleCapacity(1 + capacityShare * from.nominalCapacity() / Math.max(1e-6, to.nominalCapacity()));
        }
    }
}
