package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;

/**
 * An external coordinator for one challenge: "in Bosnia and Herzegovina ... the Covid-19 efforts of
 * the various parallel multilateral peace operations were coordinated by one external actor, the
 * WHO. This was required because the existing division of labour, which divided tasks on the basis
 * of activities without an underlying joint analysis or strategy, had the unintended consequence of
 * diluting multilateral responsibilities" (<i>Fit for Purpose</i> ch. 4, "Inter-mission
 * coordination").
 *
 * <p>Each step, every actor with the challenge in its mandate sends its needs assessment to the
 * coordinator, who sends its own (now pooled) picture back; the coordinator assigns each needy cell
 * to one actor ({@link CellAllocator}) and steers the others away. Participants also exchange plans.
 */
public final class ExternalCoordinator implements CoordinationMechanism {

    public static final String NAME = "external-coordinator";
    static final ParameterDescriptor COORDINATOR_COST = Declare.cost("coordinator_cost", 1.5, "coordinator",
            "Assumption: a coordination team");
    static final ParameterDescriptor MEMBER_COST = Declare.cost("member_cost", 0.2, "participant",
            "Assumption: reporting to the coordinator");
    static final ParameterDescriptor THRESHOLD = Declare.real("threshold", 0.1, 0, 1, "need",
            "Pooled need above which the coordinator allocates a cell", "Assumption");
    static final ParameterDescriptor BOOST = Declare.real("assign_boost", 2.0, 1, 20, "multiplier",
            "Weight of a cell for the actor it is assigned to", "Assumption");
    static final ParameterDescriptor OTHERS = Declare.real("others_factor", 0.5, 0, 1, "multiplier",
            "Weight of a cell for the participants it is not assigned to", "Assumption");

    private final MechanismConfig config;

    ExternalCoordinator(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "One outside actor coordinates everyone's work on one challenge (WHO, Covid-19, BiH)",
                "Each step, actors with the challenge in their mandate send the coordinator their needs and get its "
                        + "pooled picture back, exchange plans, and the coordinator assigns each cell with pooled need "
                        + "above `threshold` to one of them (weight x `assign_boost`, others x `others_factor`). The "
                        + "coordinator pays `coordinator_cost`, participants `member_cost`.",
                "Fit for Purpose, ch. 4, 'Inter-mission coordination' (WHO and Covid-19 in Bosnia and Herzegovina)",
                "The coordinator need not be present everywhere; its authority is modelled as guidance the others follow.",
                List.of(COORDINATOR_COST, MEMBER_COST, THRESHOLD, BOOST, OTHERS),
                List.of(new ListSetting("coordinator", IdKind.ACTOR,
                                "The coordinator; empty: the UN Country Team agency with the highest priority on it"),
                        new ListSetting("challenge", IdKind.CHALLENGE, "The challenge; empty: epidemics")),
                ExternalCoordinator::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<String> key = config.list("challenge");
        Challenge c = key.isEmpty() ? Challenge.EPIDEMICS : Challenge.byKey(key.get(0));
        List<Actor> members = new ArrayList<>();
        for (Actor a : ctx.actors()) {
            if (a.isActive() && Participants.partner(a) && CellAllocator.covers(ctx, a, c)
                    && ctx.takesPart(NAME, a, true, true)) {
                members.add(a);
            }
        }
        Actor coordinator = coordinator(ctx, c, members);
        if (coordinator == null || members.size() < 2) {
            return;
        }
        for (Actor a : members) {
            if (a != coordinator) {
                ctx.send(a, coordinator, InfoKind.NEEDS, 0, 0);
                ctx.send(coordinator, a, InfoKind.NEEDS, 0, 0);
                ctx.charge(a, config.get(MEMBER_COST), NAME);
            }
        }
        ctx.charge(coordinator, config.get(COORDINATOR_COST), NAME);
        Exchanges.allPairs(ctx, members, List.of(InfoKind.PLANS), 0, 0);
        Map<Integer, Actor> assigned = CellAllocator.allocate(ctx, c, members, config.get(THRESHOLD));
        CellAllocator.steer(assigned, members, config.get(BOOST), config.get(OTHERS), ctx);
    }

    private Actor coordinator(CoordinationContext ctx, Challenge c, List<Actor> members) {
        List<String> named = config.list("coordinator");
        Actor best = null;
        for (Actor a : ctx.actors()) {
            if (!a.isActive()) {
                continue;
            }
            if (!named.isEmpty()) {
                if (a.id().equals(named.get(0))) {
                    return a;
                }
            } else if (a.type() == ActorType.UNCT_AGENCY && members.contains(a)
                    && (best == null || a.mandate().priority(c) > best.mandate().priority(c))) {
                best = a;
            }
        }
        return best;
    }
}
