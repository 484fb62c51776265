package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;

/**
 * A pooled fund managed jointly: "different funding streams pooled in a common fund, ideally
 * managed by the DSRSG/RC with joint reporting ... generally preferred by mission and UN Country Team
 * staff"; donors "could further incentivize the joint planning and implementation of activities ...
 * by making these and other funding procedures more flexible" (<i>Fit for Purpose</i> ch. 6,
 * recommendation 3; ch. 4 on inflexible, earmarked donor funding).
 *
 * <p>Each step the members plan jointly (joint projects: each sees the plans of members who planned
 * before it) and, because pooled money is not earmarked, may re-plan every step instead of once per
 * budget cycle. The fund's management costs each member a fee, a share of its capacity.
 */
public final class PooledFund implements CoordinationMechanism {

    public static final String NAME = "pooled-fund";
    static final ParameterDescriptor FEE = Declare.real("fee", 0.03, 0, 1, "share of capacity",
            "Share of each member's capacity spent on managing the fund and joint reporting",
            "Fit for Purpose ch. 6, rec. 3: joint reporting; value assumed (a typical pooled-fund overhead)");

    private final MechanismConfig config;

    PooledFund(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "A jointly managed common fund that loosens earmarks and rewards joint projects",
                "Each step members plan jointly and may re-plan although their earmarked budget cycle has not ended; "
                        + "each pays `fee` x its capacity.",
                "Fit for Purpose, ch. 6, recommendation 3; ch. 4, 'International coordination'",
                "All of a member's capacity is treated as pooled; joint projects are joint planning.",
                List.of(FEE), List.of(Declare.members("every donor, UN Country Team agency and UN mission")),
                PooledFund::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<Actor> members = Participants.resolve(ctx, NAME, config.list("members"),
                a -> a.type() == ActorType.DONOR || a.type() == ActorType.UNCT_AGENCY || Participants.unMission(a));
        if (members.isEmpty()) {
            return;
        }
        ctx.formPlanningGroup(members, NAME);
        for (Actor a : members) {
            a.requestReplan();
            ctx.chargeShare(a, config.get(FEE), NAME);
        }
    }
}
