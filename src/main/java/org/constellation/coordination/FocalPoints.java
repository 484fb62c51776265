package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;

/**
 * Focal points: "not a dedicated but a regular position with an additional coordination
 * assignment, and consequently capacity is limited"; they "often receive pushback from substantive
 * sections ... as these do not feel ownership of the topics" (<i>Fit for Purpose</i> ch. 4, "Internal
 * coordination"; e.g. the climate security focal point every UN mission has, ch. 2).
 *
 * <p>Each step, for each member and focal challenge: a small staff-time cost; the challenge's weight
 * in the member's planning rises, damped by pushback; and the focal point reaches a few counterparts
 * (actors in the same country working on the challenge), each contact succeeding with the working
 * trust between them, so rotation weakens it (see {@link Specialists}).
 */
public final class FocalPoints implements CoordinationMechanism {

    public static final String NAME = "focal-points";
    static final ParameterDescriptor COST = Declare.cost("cost", 0.1, "focal point",
            "Fit for Purpose ch. 4: a regular post with an extra task; value assumed (a tenth of a team-month)");
    static final ParameterDescriptor MAINSTREAMING = Declare.real("mainstreaming", 1.5, 1, 10, "multiplier",
            "How much more weight the focal challenge gets in planning, before pushback",
            "Fit for Purpose ch. 4: the focal point stimulates the inclusion of the topic in analysis and planning; "
                    + "value assumed");
    static final ParameterDescriptor PUSHBACK = Declare.real("pushback", 0.5, 0, 1, "share",
            "Share of the mainstreaming lost to sections that feel no ownership",
            "Fit for Purpose ch. 4, 'Internal coordination'; value assumed");
    static final ParameterDescriptor COUNTERPARTS = Declare.whole("counterparts", 1, 0, 50, "actors per step",
            "Counterparts in other organisations a focal point reaches in a step", "Assumption: limited capacity");

    private final MechanismConfig config;

    FocalPoints(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "A regular post with an extra coordination task: small capacity, pushback",
                "For each member and focal challenge, each step: `cost` staff time; the challenge's planning weight is "
                        + "multiplied by 1 + (mainstreaming - 1) x (1 - pushback); the focal point exchanges needs "
                        + "assessments with up to `counterparts` actors in the same country working on the challenge, "
                        + "each contact succeeding with the working trust between them.",
                "Fit for Purpose, ch. 4, 'Internal coordination'; ch. 2 ('Environmental degradation': climate security "
                        + "focal points)",
                "Pushback is a fixed share; contacts depend on people, so staff rotation weakens them.",
                List.of(COST, MAINSTREAMING, PUSHBACK, COUNTERPARTS),
                List.of(Declare.members("every mission"), new ListSetting("challenges", IdKind.CHALLENGE,
                        "Focal challenges; empty: environment")),
                FocalPoints::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<Challenge> challenges = Specialists.challenges(config);
        for (Actor member : Participants.resolve(ctx, NAME, config.list("members"),
                a -> a.type() == ActorType.MISSION)) {
            for (Challenge c : challenges) {
                ctx.charge(member, config.get(COST), NAME);
                Specialists.work(ctx, member, c, config.get(MAINSTREAMING), config.get(PUSHBACK),
                        config.getInt(COUNTERPARTS), random);
            }
        }
    }
}
