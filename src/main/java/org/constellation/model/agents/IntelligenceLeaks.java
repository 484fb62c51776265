package org.constellation.model.agents;

import org.constellation.model.Constellation;
import org.constellation.model.Message;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;

/**
 * The cost of sharing intelligence with a captured host (ODD 7.9): a report on a district reaches the
 * institution that polices each group there, and a group tied to the regime ({@link ArmedGroup#ties}) hears of it
 * with chance {@code host.leak_rate} x its ties; warned, it loses less to enforcement and keeps away from it for
 * {@code groups.leak_warning} steps (<i>Fit for Purpose</i> ch. 4, "Host government": operations hold back
 * sensitive information, uncertain what will happen to it; <i>Multilateral Peace Operations and the Challenges of
 * Organized Crime</i>, section IV: officials implicated in organized crime).
 */
final class IntelligenceLeaks {

    private IntelligenceLeaks() {
    }

    /** Lets a report the host received leak to the tied groups in the districts of its country that it names. */
    static void leak(HostGovernment host, Message.ThreatReport report, Constellation m) {
        double rate = m.parameters().get(Parameters.LEAK_RATE);
        int until = m.step() + m.parameters().getInt(Parameters.LEAK_WARNING);
        for (int district : report.districts()) {
            District d = m.region().district(district);
            if (d.country() != host.country()) {
                continue;
            }
            for (ArmedGroup g : m.groups()) {
                if (g.location() == district && g.strength() > 0 && m.random.nextDouble() < rate * g.ties(m)) {
                    g.warn(until);
                }
            }
        }
    }
}
