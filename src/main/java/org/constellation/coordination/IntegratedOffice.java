package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.ActorType;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.world.Country;

/**
 * The integrated office of the Deputy Special Representative / Resident Coordinator / Humanitarian
 * Coordinator (DSRSG/RC/HC), which joins a UN mission and the UN Country Team in joint planning.
 * MONUSCO and UNSOM have one; "a similar coordination mechanism is lacking in Mali, which has
 * reduced the level of coordination ... inside MINUSMA and with the UN Country Team" (<i>Fit for
 * Purpose</i> ch. 4, "UN whole of system").
 *
 * <p>In each country with a UN mission, the office brings the UN missions and the UN Country Team
 * agencies present there together. Each step it works with probability equal to its energy: the
 * members plan jointly (each sees the plans of those who planned before it), exchange needs and plans
 * at once, and work together. As a top-down structure, its energy drops each time the staff of the
 * mission that set it up rotate and slowly recovers ({@link Momentum}).
 */
public final class IntegratedOffice implements CoordinationMechanism {

    public static final String NAME = "integrated-office";
    static final ParameterDescriptor COST = Declare.cost("cost", 0.3, "member",
            "Assumption: joint planning meetings and reporting");
    static final ParameterDescriptor OFFICE = Declare.real("office", 1.5, 0, 100, Declare.COST_UNIT,
            "Staff time of the office itself, charged to the mission",
            "Fit for Purpose ch. 4: an office of the DSRSG/RC/HC; size assumed");
    static final ParameterDescriptor ENERGY_LOSS = Declare.real("energy_loss", 0.2, 0, 1, "share",
            "Share of the office's energy lost when the mission's staff rotate",
            "Fit for Purpose ch. 6, rec. 5: top-down structures lose energy when their founders leave; value assumed");
    static final ParameterDescriptor RENEWAL = Declare.real("renewal", 0.05, 0, 1, "per step",
            "Rate at which the office regains energy as it is institutionalised", "Assumption");

    private final MechanismConfig config;
    private final Map<Country, Momentum> momentum = new LinkedHashMap<>();

    IntegratedOffice(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "The DSRSG/RC/HC office: a UN mission and the UN Country Team plan jointly",
                "Per country with a UN mission: the UN missions and UN Country Team agencies present plan jointly, "
                        + "exchange needs and plans at once, and gain working trust, in each step with probability equal "
                        + "to the office's energy. Energy starts at 1, loses `energy_loss` when the mission's staff "
                        + "rotate and recovers by `renewal` a step. Each member pays `cost`, the mission also `office`.",
                "Fit for Purpose, ch. 4, 'UN whole of system' (MONUSCO, UNSOM; absent in Mali)",
                "Joint planning means seeing each other's plans of the same step; the office is led by the first UN "
                        + "mission in the country.",
                List.of(COST, OFFICE, ENERGY_LOSS, RENEWAL),
                List.of(Declare.members("the UN missions and UN Country Team agencies of each country with a UN mission")),
                IntegratedOffice::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<Actor> eligible = Participants.resolve(ctx, NAME, config.list("members"),
                a -> Participants.unMission(a) || a.type() == ActorType.UNCT_AGENCY);
        for (Country country : ctx.region().countries()) {
            List<Actor> members = new ArrayList<>();
            Actor mission = null;
            for (Actor a : eligible) {
                if (Participants.presentIn(a, country)) {
                    members.add(a);
                    if (mission == null && a.type() == ActorType.MISSION) {
                        mission = a;
                    }
                }
            }
            if (mission == null || members.size() < 2) {
                continue;
            }
            Momentum m = momentum.computeIfAbsent(country,
                    c -> new Momentum(config.get(ENERGY_LOSS), config.get(RENEWAL)));
            if (random.nextDouble() >= m.update(ctx, mission)) {
                continue;
            }
            ctx.formPlanningGroup(members, NAME);
            Exchanges.allPairs(ctx, members, List.of(InfoKind.NEEDS, InfoKind.PLANS), 0, 0);
            Exchanges.jointWork(ctx, members);
            for (Actor a : members) {
                ctx.charge(a, config.get(COST) + (a == mission ? config.get(OFFICE) : 0), NAME);
            }
        }
    }
}
