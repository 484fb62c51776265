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
 * A cluster approach: per challenge, a lead agency (or an inter-agency standing committee) that
 * allocates work among the participants, "a predictable coordinating mechanism [that] could be
 * flexible and adaptable to different contexts" (<i>Fit for Purpose</i> ch. 6, recommendation 5;
 * ch. 4 on the WASH cluster).
 *
 * <p>Each step, for each challenge: the members (actors with the challenge in their mandate) send
 * their needs assessments to the lead; the lead assigns each cell whose pooled need exceeds the
 * threshold, most needy first, to the eligible member with the lowest load for its capacity
 * ({@link CellAllocator}); the assignee is steered towards the cell and the others away from it.
 */
public final class ClusterLead implements CoordinationMechanism {

    public static final String NAME = "cluster-lead";
    static final ParameterDescriptor LEAD_COST = Declare.cost("lead_cost", 0.5, "cluster lead",
            "Assumption: a cluster coordinator post");
    static final ParameterDescriptor MEMBER_COST = Declare.cost("member_cost", 0.05, "cluster member",
            "Assumption: cluster meetings and reporting");
    static final ParameterDescriptor THRESHOLD = Declare.real("threshold", 0.1, 0, 1, "need",
            "Pooled need above which the lead allocates a cell", "Assumption: every cell with a real need");
    static final ParameterDescriptor BOOST = Declare.real("assign_boost", 2.0, 1, 20, "multiplier",
            "Weight of a cell for the member it is assigned to", "Assumption");
    static final ParameterDescriptor OTHERS = Declare.real("others_factor", 0.5, 0, 1, "multiplier",
            "Weight of a cell for the members it is not assigned to", "Assumption");

    private final MechanismConfig config;

    ClusterLead(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "A lead agency per challenge allocates work among the participants",
                "Per challenge and step: members (actors with it in their mandate) send the lead their needs; the lead "
                        + "assigns each cell with pooled need above `threshold`, neediest first, to the eligible member "
                        + "with the lowest load for its capacity; assignees' weight on the cell x `assign_boost`, other "
                        + "members' x `others_factor`. The lead pays `lead_cost`, members `member_cost`.",
                "Fit for Purpose, ch. 6, recommendation 5; ch. 4, 'UN whole of system' (the WASH cluster)",
                "The lead allocates on pooled beliefs; 'eligible' means present in the district with the challenge in "
                        + "the mandate; the default lead is the member with the highest priority on the challenge.",
                List.of(LEAD_COST, MEMBER_COST, THRESHOLD, BOOST, OTHERS),
                List.of(Declare.members("every actor except host governments"),
                        new ListSetting("challenges", IdKind.CHALLENGE, "Clusters to form; empty: every challenge"),
                        new ListSetting("leads", IdKind.CHALLENGE_ACTOR,
                                "Lead per challenge as challenge=actor; empty: the member with the highest priority")),
                ClusterLead::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<Actor> all = Participants.resolve(ctx, NAME, config.list("members"), Participants::partner);
        List<String> keys = config.list("challenges");
        List<Challenge> challenges = keys.isEmpty() ? Challenge.all() : keys.stream().map(Challenge::byKey).toList();
        for (Challenge c : challenges) {
            List<Actor> members = new ArrayList<>();
            for (Actor a : all) {
                if (CellAllocator.covers(ctx, a, c)) {
                    members.add(a);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            Actor lead = lead(c, members);
            for (Actor a : members) {
                ctx.send(a, lead, InfoKind.NEEDS, 0, 0);
                ctx.charge(a, a == lead ? config.get(LEAD_COST) : config.get(MEMBER_COST), NAME);
            }
            Map<Integer, Actor> assigned = CellAllocator.allocate(ctx, c, members, config.get(THRESHOLD));
            CellAllocator.steer(assigned, members, config.get(BOOST), config.get(OTHERS), ctx);
        }
    }

    private Actor lead(Challenge c, List<Actor> members) {
        for (String pair : config.list("leads")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && parts[0].equals(c.key())) {
                for (Actor a : members) {
                    if (a.id().equals(parts[1])) {
                        return a;
                    }
                }
            }
        }
        Actor best = members.get(0);
        for (Actor a : members) {
            double p = a.mandate().priority(c);
            double b = best.mandate().priority(c);
            if (p > b || (p == b && a.type() == ActorType.UNCT_AGENCY && best.type() != ActorType.UNCT_AGENCY)) {
                best = a;
            }
        }
        return best;
    }
}
