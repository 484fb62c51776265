package org.constellation.model.agents;

import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;

/**
 * A UN Country Team agency (UNDP, UNHCR, UNODC, WHO, UNEP, OCHA, IOM): a long-term presence that
 * stays after missions leave, funded by voluntary, project-based, earmarked contributions, answering
 * to the host government (so it weighs the host's priorities with its own), and often absent from
 * the insecure districts where missions deploy (<i>Fit for Purpose</i> ch. 4, "UN whole of system").
 */
public final class CountryTeamAgency extends Actor {

    private static final long serialVersionUID = 1L;

    public CountryTeamAgency(Profile profile) {
        super(profile);
    }

    @Override
    public double priority(Challenge c, Constellation m) {
        double own = super.priority(c, m);
        if (own <= 0) {
            return 0;
        }
        double alignment = m.parameters().get(Parameters.UNCT_HOST_ALIGNMENT);
        double host = presence().isEmpty() ? own : m.host(presence().get(0).country()).ownPriority(c);
        return (1 - alignment) * own + alignment * host;
    }

    /** It stays out of districts it believes too insecure. */
    @Override
    public boolean canAccess(District d, Constellation m) {
        return beliefs().threat(d.index()) <= m.parameters().get(Parameters.UNCT_SECURITY_THRESHOLD);
    }
}
