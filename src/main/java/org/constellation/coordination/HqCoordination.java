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
 * Headquarters coordination: the UN's Integrated Operational Teams in New York, "the best level of
 * coordination possible, given the way UN peace operations are mandated", and AU-UN memoranda of
 * understanding where "disagreement and mistrust can enter the relationship" because they "may not
 * always be perceived as entirely consensus-based" (<i>Fit for Purpose</i> ch. 4, "Inter-mission
 * coordination"); headquarters "does not always support the field and often second guesses its
 * judgement" ("UN whole of system").
 *
 * <p>Every {@code interval} steps, each pair of member missions of different organisations exchanges
 * plans and needs, which arrive only after a long delay (far from the field); each such exchange
 * either builds working trust or, with the mistrust chance, strains it. Cheap in the field.
 */
public final class HqCoordination implements CoordinationMechanism {

    public static final String NAME = "hq-coordination";
    static final ParameterDescriptor COST = Declare.cost("cost", 0.1, "member mission",
            "Assumption: reporting to headquarters");
    static final ParameterDescriptor INTERVAL = Declare.whole("interval", 6, 1, 120, "steps",
            "Steps between headquarters rounds", "Assumption: twice a year");
    static final ParameterDescriptor DELAY = Declare.whole("delay", 3, 0, 24, "steps",
            "Steps before what headquarters passes on reaches the field", "Assumption: far from the field, slow");
    static final ParameterDescriptor MISTRUST = Declare.real("mistrust_chance", 0.3, 0, 1, "probability",
            "Chance that a round strains a pair's working trust instead of building it",
            "Fit for Purpose ch. 4: memoranda not perceived as consensus-based breed mistrust; value assumed");
    static final ParameterDescriptor STRAIN = Declare.real("strain", 0.1, 0, 1, "share",
            "Share of working trust a strained round costs", "Assumption");

    private final MechanismConfig config;

    HqCoordination(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "Integrated Operational Teams, AU-UN memoranda: slow, far from the field",
                "Every `interval` steps each pair of member missions of different organisations exchanges plans and "
                        + "needs arriving after `delay` steps; the pair's working trust then grows (joint work) or, with "
                        + "probability `mistrust_chance`, loses `strain`. Each member pays `cost` per round.",
                "Fit for Purpose, ch. 4, 'Inter-mission coordination' and 'UN whole of system'",
                "Headquarters passes on field information late; mistrust is a per-round chance.",
                List.of(COST, INTERVAL, DELAY, MISTRUST, STRAIN), List.of(Declare.members("every mission")),
                HqCoordination::new);
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
        List<Actor> members = Participants.resolve(ctx, NAME, config.list("members"),
                a -> a.type() == ActorType.MISSION);
        int delay = config.getInt(DELAY);
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Actor a = members.get(i);
                Actor b = members.get(j);
                if (a.organisation().equals(b.organisation())) {
                    continue;
                }
                ctx.send(a, b, InfoKind.PLANS, delay, 0);
                ctx.send(b, a, InfoKind.PLANS, delay, 0);
                if (random.nextDouble() < config.get(MISTRUST)) {
                    ctx.strain(a, b, config.get(STRAIN));
                } else {
                    ctx.jointWork(a, b);
                }
            }
        }
        for (Actor a : members) {
            ctx.charge(a, config.get(COST), NAME);
        }
    }
}
