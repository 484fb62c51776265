package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;

/**
 * A donor coordination forum where partners share their planned projects: the Partenaires
 * Techniques et Financiers du Mali (PTF) "brings together bilateral and multilateral donors and
 * forces them to talk and share information. Unfortunately, only MINUSMA's Stabilization and
 * Recovery Unit participates" (<i>Fit for Purpose</i> ch. 4, "International coordination"); and
 * bilateral partners should be pulled into coordination mechanisms (ch. 6, recommendation 5).
 *
 * <p>Every {@code interval} steps the members meet: they exchange their plans, plan jointly that
 * step, and work together. Only those who attend learn anything; earmarked donors still re-plan only
 * at their budget cycle, but then with what they learned at the last meetings.
 */
public final class DonorForum implements CoordinationMechanism {

    public static final String NAME = "donor-forum";
    static final ParameterDescriptor COST = Declare.cost("cost", 0.3, "member at a meeting",
            "Assumption: a meeting and its preparation");
    static final ParameterDescriptor INTERVAL = Declare.whole("interval", 3, 1, 120, "steps",
            "Steps between meetings", "Assumption: quarterly");

    private final MechanismConfig config;

    DonorForum(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "Donors and agencies share planned projects (the PTF in Mali); attendees only",
                "Every `interval` steps the members exchange plans at once, plan jointly that step and gain working "
                        + "trust; each pays `cost` per meeting. Non-members learn nothing.",
                "Fit for Purpose, ch. 4, 'International coordination' (PTF in Mali); ch. 6, recommendation 5",
                "Sharing plans does not loosen earmarks: donors still re-plan only at their budget cycle.",
                List.of(COST, INTERVAL), List.of(Declare.members("every donor")), DonorForum::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        if (ctx.step() % config.getInt(INTERVAL) != 0) {
            return;
        }
        List<Actor> members = Participants.resolve(ctx, NAME, config.list("members"), a -> a.type() == ActorType.DONOR);
        if (members.size() < 2) {
            return;
        }
        ctx.formPlanningGroup(members, NAME);
        Exchanges.allPairs(ctx, members, List.of(InfoKind.PLANS), 0, 0);
        Exchanges.jointWork(ctx, members);
        for (Actor a : members) {
            ctx.charge(a, config.get(COST), NAME);
        }
    }
}
