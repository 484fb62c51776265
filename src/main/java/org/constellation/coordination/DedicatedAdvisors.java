package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.Parameters;

/**
 * Dedicated advisors: full-time specialists (climate security and natural resource advisors),
 * funded extra-budgetarily, or from assessed contributions as the report recommends, and "double
 * hatted in the mission and the Country Team" (<i>Fit for Purpose</i> ch. 4, "Internal
 * coordination"; ch. 6, recommendation 5).
 *
 * <p>Like focal points but full-time: more staff time, less pushback, more counterparts, and a standing
 * exchange of needs assessments with every Country Team agency in the country working on the challenge
 * (double-hatting). Extra-budgetary posts may go unfunded: at the start of each budget cycle a post
 * lapses for the cycle with the given probability (0 for assessed funding).
 */
public final class DedicatedAdvisors implements CoordinationMechanism {

    public static final String NAME = "dedicated-advisors";
    static final ParameterDescriptor COST = Declare.cost("cost", 1.0, "advisor",
            "Fit for Purpose ch. 4: a full-time post; one team-month assumed");
    static final ParameterDescriptor MAINSTREAMING = Declare.real("mainstreaming", 1.5, 1, 10, "multiplier",
            "How much more weight the advisor's challenge gets in planning, before pushback",
            "Fit for Purpose ch. 6, rec. 5: specialists 'better inform all of their activities'; value assumed");
    static final ParameterDescriptor PUSHBACK = Declare.real("pushback", 0.2, 0, 1, "share",
            "Share of the mainstreaming lost to sections that feel no ownership",
            "Fit for Purpose ch. 4: advisors too receive pushback; less than focal points assumed");
    static final ParameterDescriptor COUNTERPARTS = Declare.whole("counterparts", 3, 0, 50, "actors per step",
            "Counterparts in other organisations an advisor reaches in a step", "Assumption");
    static final ParameterDescriptor LAPSE = Declare.real("lapse", 0.3, 0, 1, "probability per budget cycle",
            "Chance that the post goes unfunded for a budget cycle (0: funded from assessed contributions)",
            "Fit for Purpose ch. 4: advisors funded extra-budgetarily, 'just the political commitment of a donor "
                    + "country'; value assumed");

    private final MechanismConfig config;
    private final Map<Actor, Boolean> funded = new LinkedHashMap<>();

    DedicatedAdvisors(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "Full-time specialists, double-hatted with the UN Country Team",
                "As `focal-points`, with a full-time cost, less pushback and more counterparts, plus a standing "
                        + "exchange of needs with every UN Country Team agency in the country working on the challenge. "
                        + "At each budget cycle a post lapses for the cycle with probability `lapse`.",
                "Fit for Purpose, ch. 4, 'Internal coordination'; ch. 6, recommendation 5",
                "Funding risk is a per-cycle coin flip; double-hatting is modelled as a standing exchange of needs.",
                List.of(COST, MAINSTREAMING, PUSHBACK, COUNTERPARTS, LAPSE),
                List.of(Declare.members("every mission"), new ListSetting("challenges", IdKind.CHALLENGE,
                        "Advisors' challenges; empty: environment")),
                DedicatedAdvisors::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        boolean newCycle = ctx.step() % ctx.parameters().getInt(Parameters.FUNDING_CYCLE) == 0;
        for (Actor member : Participants.resolve(ctx, NAME, config.list("members"),
                a -> a.type() == ActorType.MISSION)) {
            if (newCycle || !funded.containsKey(member)) {
                funded.put(member, random.nextDouble() >= config.get(LAPSE));
            }
            if (!funded.get(member)) {
                continue;
            }
            for (Challenge c : Specialists.challenges(config)) {
                ctx.charge(member, config.get(COST), NAME);
                Specialists.work(ctx, member, c, config.get(MAINSTREAMING), config.get(PUSHBACK),
                        config.getInt(COUNTERPARTS), random);
                doubleHat(ctx, member, c);
            }
        }
    }

    private static void doubleHat(CoordinationContext ctx, Actor member, Challenge c) {
        for (Actor a : ctx.actors()) {
            if (a.isActive() && a.type() == ActorType.UNCT_AGENCY && CellAllocator.covers(ctx, a, c)
                    && Participants.shareCountry(member, a)) {
                ctx.send(member, a, InfoKind.NEEDS, 0, 0);
                ctx.send(a, member, InfoKind.NEEDS, 0, 0);
            }
        }
    }
}
