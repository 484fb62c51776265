package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;

/**
 * An information-sharing platform that links the data actors already collect: "various parts of
 * multilateral peace operations, the UN Country Team, other international and bilateral partners,
 * as well as various civil society organizations often collect data but do not share it. Bringing
 * these resources together in an information sharing platform would benefit analysis" (<i>Fit for
 * Purpose</i> ch. 6, recommendation 2).
 *
 * <p>Participation is voluntary: each step each member uploads its needs assessment and its plan with
 * a probability set by its type (by default the mean willingness to share of the sources-default
 * table: donors and civil society rarely, agencies often) times min(1, 2 x its mean working trust in
 * the other members); every other member receives the upload after the platform's delay. Uploaders
 * pay a little staff time; the host of the platform pays for running it.
 */
public final class InformationPlatform implements CoordinationMechanism {

    public static final String NAME = "information-platform";
    static final ParameterDescriptor COST = Declare.cost("cost", 0.1, "uploading member",
            "Assumption: entering data takes little time once collected");
    static final ParameterDescriptor MAINTENANCE = Declare.real("maintenance", 1.0, 0, 100, Declare.COST_UNIT,
            "Staff time to run the platform, charged to its host", "Assumption");
    static final ParameterDescriptor DELAY = Declare.whole("delay", 1, 0, 24, "steps",
            "Steps before an upload reaches the other members", "Assumption: monthly updates");
    static final ParameterDescriptor MISSION = participation("mission", 0.4);
    static final ParameterDescriptor AGENCY = participation("unct-agency", 0.5);
    static final ParameterDescriptor DONOR = participation("donor", 0.15);
    static final ParameterDescriptor HOST = participation("host-government", 0.4);
    static final ParameterDescriptor CSO = participation("civil-society", 0.2);

    private final MechanismConfig config;

    InformationPlatform(MechanismConfig config) {
        this.config = config;
    }

    private static ParameterDescriptor participation(String type, double def) {
        return Declare.real("participation_" + type.replace('-', '_'), def, 0, 1, "probability per step",
                "Chance that a " + type + " member uploads in a step",
                "Fit for Purpose ch. 4 and 6: participation is voluntary and follows actors' willingness to share "
                        + "(the mean of the sources-default table for this type); value assumed");
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "Links the data actors already collect; voluntary participation",
                "Each step each member uploads its needs and plan with probability `participation_<type>` x min(1, 2 x "
                        + "its mean working trust in the other members); every other member receives it after `delay` "
                        + "steps. Uploaders pay `cost`; the host of the platform pays `maintenance`.",
                "Fit for Purpose, ch. 6, recommendation 2",
                "Participation follows each type's willingness to share, not the sharing rule in force, so that the "
                        + "platform and any rule combine.",
                List.of(COST, MAINTENANCE, DELAY, MISSION, AGENCY, DONOR, HOST, CSO),
                List.of(Declare.members("every actor"),
                        new ListSetting("lead", IdKind.ACTOR, "Host of the platform; empty: the largest member")),
                InformationPlatform::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<Actor> members = Participants.resolve(ctx, NAME, config.list("members"), a -> true);
        if (members.size() < 2) {
            return;
        }
        ctx.charge(Leads.lead(config.list("lead"), members), config.get(MAINTENANCE), NAME);
        int delay = config.getInt(DELAY);
        for (Actor uploader : members) {
            List<Actor> others = new ArrayList<>(members);
            others.remove(uploader);
            double trust = 0;
            for (Actor o : others) {
                trust += ctx.relations().trust(uploader.index(), o.index());
            }
            double chance = probability(uploader) * Math.min(1, 2 * trust / others.size());
            if (random.nextDouble() >= chance) {
                continue;
            }
            ctx.charge(uploader, config.get(COST), NAME);
            for (Actor o : others) {
                ctx.send(uploader, o, InfoKind.NEEDS, delay, 0);
                ctx.send(uploader, o, InfoKind.PLANS, delay, 0);
            }
        }
    }

    private double probability(Actor a) {
        return switch (a.type()) {
            case MISSION -> config.get(MISSION);
            case UNCT_AGENCY -> config.get(AGENCY);
            case DONOR -> config.get(DONOR);
            case HOST_GOVERNMENT -> config.get(HOST);
            case CIVIL_SOCIETY -> config.get(CSO);
            case ARMED_GROUP -> 0;
        };
    }
}
