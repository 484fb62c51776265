package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.world.District;

/**
 * Sequencing, "clear, hold, build": "different emphases during different phases, moving from the
 * military to clear areas, to policing to hold them and on to development to build stability";
 * participants noted that "different regions could find themselves at different stages"
 * (<i>Fit for Purpose</i> ch. 4, "Internal coordination").
 *
 * <p>Each step, each district is in one phase, judged on the members' beliefs: <b>clear</b> while the
 * strongest group strength any member believes is there reaches the clear threshold; else <b>hold</b>
 * while state presence is below the hold threshold; else <b>build</b>. Members present in a district
 * are steered by its phase: clear emphasises enforcement and intelligence and plays down work on
 * drivers; hold emphasises direct work on consequences and support to police and security forces;
 * build emphasises drivers and plays down enforcement.
 */
public final class Sequencing implements CoordinationMechanism {

    public static final String NAME = "sequencing";
    static final ParameterDescriptor CLEAR = Declare.real("clear_threshold", 1.5, 0, 1000, "strength",
            "Believed group strength at or above which a district is in the clear phase", "Assumption");
    static final ParameterDescriptor HOLD = Declare.real("hold_threshold", 0.5, 0, 1, "state presence",
            "State presence below which a cleared district is in the hold phase", "Assumption");
    static final ParameterDescriptor EMPHASIS = Declare.real("emphasis", 2.0, 1, 20, "multiplier",
            "Weight on the activities a phase emphasises", "Assumption");
    static final ParameterDescriptor DOWNPLAY = Declare.real("downplay", 0.5, 0, 1, "multiplier",
            "Weight on the activities a phase plays down", "Assumption");
    static final ParameterDescriptor COST = Declare.cost("cost", 0.1, "member", "Assumption: phase planning");

    private final MechanismConfig config;

    Sequencing(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "'Clear, hold, build': emphasis moves from military to police to development",
                "Per district and step: clear while the largest group strength a member believes is there >= "
                        + "`clear_threshold`, else hold while state presence < `hold_threshold`, else build. Members "
                        + "there weight emphasised activities x `emphasis` and downplayed ones x `downplay` (clear: "
                        + "enforcement and intelligence up, drivers down; hold: direct consequences and support to police "
                        + "and security forces up; build: drivers up, enforcement down). Each member pays `cost`.",
                "Fit for Purpose, ch. 4, 'Internal coordination' (Afghanistan); 'Civil society' (sequencing as a "
                        + "false assumption)",
                "Phases are per district; thresholds are judged on beliefs and on state presence.",
                List.of(CLEAR, HOLD, EMPHASIS, DOWNPLAY, COST), List.of(Declare.members("every mission")),
                Sequencing::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<Actor> members = Participants.resolve(ctx, NAME, config.list("members"),
                a -> a.type() == ActorType.MISSION);
        if (members.isEmpty()) {
            return;
        }
        for (District d : ctx.region().districts()) {
            int phase = phase(d, members);
            for (Actor a : members) {
                if (!a.isPresentIn(d)) {
                    continue;
                }
                for (int k = 0; k < a.mandate().size(); k++) {
                    ActivityType t = ctx.catalogue().get(a.mandate().allowedAt(k));
                    double w = weight(phase, t);
                    if (w != 1) {
                        a.guidance().scaleDistrictActivity(d.index(), t.index(), w);
                    }
                }
            }
        }
        for (Actor a : members) {
            ctx.charge(a, config.get(COST), NAME);
        }
    }

    private int phase(District d, List<Actor> members) {
        double threat = 0;
        for (Actor a : members) {
            threat = Math.max(threat, a.beliefs().threat(d.index()));
        }
        if (threat >= config.get(CLEAR)) {
            return 0;
        }
        return d.statePresence() < config.get(HOLD) ? 1 : 2;
    }

    private double weight(int phase, ActivityType t) {
        boolean enforcement = t.has(ActivityFlag.ENFORCEMENT) || t.has(ActivityFlag.INTELLIGENCE);
        double up = config.get(EMPHASIS);
        double down = config.get(DOWNPLAY);
        return switch (phase) {
            case 0 -> enforcement ? up : (t.onDrivers() ? down : 1);
            case 1 -> (!t.onDrivers() && (t.isDirect() || t.institution() == Institution.POLICE
                    || t.institution() == Institution.SECURITY_FORCES)) ? up : 1;
            default -> t.onDrivers() ? up : (enforcement ? down : 1);
        };
    }
}
