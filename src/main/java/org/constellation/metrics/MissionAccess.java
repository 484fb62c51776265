package org.constellation.metrics;

import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.agents.Status;
import org.constellation.model.world.Country;

/**
 * Missions' access: the mean, over missions that have deployed and not closed for another reason, of the consent
 * their hosts give them (each host's consent to that mission, ODD 7.9, averaged over the countries where it is
 * present), counting 0 for a mission from the step its host withdrew consent, through its drawdown and after its
 * forced exit. A mission's components ({@code part_of}) are not counted apart: the host's consent to them is its
 * consent to the mission.
 */
public final class MissionAccess implements Metric {

    public static final String NAME = "mission_access";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Mean host consent to each deployed mission, 0 once a host has withdrawn it (0-1)";
    }

    @Override
    public String cannot() {
        return "Access a mission loses to insecurity or its own bunkerization, or missions that closed at their "
                + "planned end (they leave the mean); 0 when no mission is deployed";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Missions' access (host consent to them)", "share", 0, 1, "host");
    }

    @Override
    public double measure(Constellation m) {
        double total = 0;
        int n = 0;
        for (Actor a : m.actors()) {
            if (a.type() != ActorType.MISSION || a.status() == Status.PENDING || a.parent() != null) {
                continue;
            }
            if (withdrawn(m, a)) {
                n++;
            } else if (a.isActive()) {
                double consent = 0;
                int countries = 0;
                for (Country c : m.region().countries()) {
                    if (a.isPresentIn(c)) {
                        consent += m.host(c).consentTo(a, m);
                        countries++;
                    }
                }
                if (countries > 0) {
                    total += consent / countries;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : total / n;
    }

    private static boolean withdrawn(Constellation m, Actor a) {
        for (Country c : m.region().countries()) {
            HostGovernment h = m.host(c);
            if (h.hasWithdrawn(a)) {
                return true;
            }
        }
        return false;
    }
}
