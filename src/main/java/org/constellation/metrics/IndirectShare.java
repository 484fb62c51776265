package org.constellation.metrics;

import java.util.List;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;

/**
 * Indirect share: of this step's need-addressing effort by the actors whose mandate allows both direct and
 * indirect work, the share that is indirect (training, advising, institution building through a host
 * institution). It shows whether actors that could do either build capacity (<i>Fit for Purpose</i> ch. 2:
 * UNPOL training and capacity building the "bread and butter" of missions on organized crime; ch. 4, the
 * UN Country Team's development tools); actors allowed one mode only are left out, since their share is
 * fixed by their mandate.
 */
public final class IndirectShare implements Metric {

    public static final String NAME = "indirect_share";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of the need-addressing effort of actors allowed both direct and indirect work that is indirect "
                + "(0-1)";
    }

    @Override
    public String cannot() {
        return "Whether the indirect work was absorbed, left undiverted or coherent (absorption_overload, "
                + "doctrine_incoherence), or the work of actors allowed one mode only (most donors, CSDP missions, "
                + "civil society), whose share their mandate fixes";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Indirect share of actors allowed both modes", "share", 0, 1, "host-institutions");
    }

    @Override
    public double measure(Constellation m) {
        List<Actor> actors = m.actors();
        boolean[] mixed = new boolean[actors.size()];
        for (int k = 0; k < mixed.length; k++) {
            mixed[k] = allowsBoth(actors.get(k), m);
        }
        double all = 0;
        double indirect = 0;
        for (Ledger.Entry e : m.ledger().current()) {
            ActivityType type = m.catalogue().get(e.activity());
            if (mixed[e.actor()] && CubeCells.addressesNeed(type)) {
                all += e.effort();
                indirect += type.isDirect() ? 0 : e.effort();
            }
        }
        return all <= 0 ? 0 : indirect / all;
    }

    /** True if the actor's mandate allows need-addressing work of both modes. */
    static boolean allowsBoth(Actor actor, Constellation m) {
        boolean direct = false;
        boolean indirect = false;
        for (int k = 0; k < actor.mandate().size(); k++) {
            ActivityType type = m.catalogue().get(actor.mandate().allowedAt(k));
            if (CubeCells.addressesNeed(type)) {
                direct |= type.isDirect();
                indirect |= !type.isDirect();
            }
        }
        return direct && indirect;
    }
}
