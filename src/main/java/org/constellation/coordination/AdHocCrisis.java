package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.model.Challenge;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * Ad hoc crisis coordination. Coordination "works when there is an immediate threat but [is] much
 * harder to establish for the purpose of prevention"; it is "very much personality-driven": in
 * Sudan and South Sudan the three UN missions coordinated "only on an ad hoc basis in times of
 * crisis" (<i>Fit for Purpose</i> ch. 4, "Inter-mission coordination").
 *
 * <p>Each step, a district is in crisis when some actor present in it believes the need of a crisis
 * challenge there is at or above the threshold. The actors present in a crisis district or its
 * neighbours (across borders too) then meet, with a probability that rises with the working trust
 * between them (min(1, 2 x mean trust)): they plan jointly, exchange needs and threat intelligence
 * at once, and work together (trust grows). Below the threshold nothing happens and nothing is paid.
 */
public final class AdHocCrisis implements CoordinationMechanism {

    public static final String NAME = "ad-hoc-crisis";
    static final ParameterDescriptor THRESHOLD = Declare.real("threshold", 0.6, 0, 1, "need",
            "Believed need at or above which a district counts as a crisis",
            "Fit for Purpose ch. 4: coordination only when there is an immediate threat; value assumed");
    static final ParameterDescriptor COST = Declare.cost("cost", 0.4, "participant in a crisis meeting",
            "Assumption: a crisis cell takes a few days of a senior officer's month");

    private final MechanismConfig config;

    AdHocCrisis(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "Coordination switches on only when a believed need crosses a threshold",
                "When an actor present in a district believes a crisis challenge's need there is at or above "
                        + "`threshold`, the actors in that district and its neighbours (across borders too) meet with "
                        + "probability min(1, 2 x their mean working trust): joint planning, immediate exchange of needs "
                        + "and intelligence, trust gained by joint work, `cost` charged to each. Nothing below it.",
                "Fit for Purpose, ch. 4, 'Inter-mission coordination' (Sudan and South Sudan)",
                "The threshold is judged on beliefs, not truth; the crisis area is one district and its neighbours; "
                        + "meeting depends on the trust between the people in post, which staff rotation erodes.",
                List.of(THRESHOLD, COST),
                List.of(new ListSetting("challenges", IdKind.CHALLENGE,
                        "Challenges that can trigger a crisis; empty: terrorism, protection-of-civilians, epidemics")),
                AdHocCrisis::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<Challenge> challenges = challenges();
        Set<Actor> charged = new LinkedHashSet<>();
        for (District d : ctx.region().districts()) {
            if (!inCrisis(ctx, d, challenges)) {
                continue;
            }
            List<Actor> group = around(ctx, d);
            if (group.size() < 2 || random.nextDouble() >= Participants.engagement(ctx, group)) {
                continue;
            }
            ctx.formPlanningGroup(group, NAME);
            Exchanges.allPairs(ctx, group, List.of(InfoKind.NEEDS, InfoKind.INTEL), 0, 0);
            Exchanges.jointWork(ctx, group);
            for (Actor a : group) {
                if (charged.add(a)) {
                    ctx.charge(a, config.get(COST), NAME);
                }
            }
        }
    }

    private List<Challenge> challenges() {
        List<String> keys = config.list("challenges");
        if (keys.isEmpty()) {
            return List.of(Challenge.TERRORISM, Challenge.PROTECTION_OF_CIVILIANS, Challenge.EPIDEMICS);
        }
        return keys.stream().map(Challenge::byKey).toList();
    }

    private boolean inCrisis(CoordinationContext ctx, District d, List<Challenge> challenges) {
        double threshold = config.get(THRESHOLD);
        for (Actor a : ctx.actors()) {
            if (a.isActive() && a.isPresentIn(d)) {
                for (Challenge c : challenges) {
                    if (a.beliefs().need(NeedField.cell(d.index(), c)) >= threshold) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Actor> around(CoordinationContext ctx, District d) {
        List<Actor> group = new ArrayList<>();
        for (Actor a : ctx.actors()) {
            if (!a.isActive()) {
                continue;
            }
            boolean near = a.isPresentIn(d);
            for (int k = 0; k < d.degree() && !near; k++) {
                near = a.isPresentIn(ctx.region().district(d.neighbour(k)));
            }
            if (near && ctx.takesPart(NAME, a, true, true)) {
                group.add(a);
            }
        }
        return group;
    }
}
