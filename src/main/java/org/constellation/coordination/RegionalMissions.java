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
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;

/**
 * Regionalised missions: missions of one organisation in neighbouring countries coordinate across
 * borders, as the EU did in the Sahel: "as non-traditional security challenges are by definition
 * cross-border in character, it is important for different missions in different host countries to
 * collaborate"; yet "different missions have different mandates and reporting lines, and must also
 * manage the consent of different host governments" (<i>Fit for Purpose</i> ch. 4, "Inter-mission
 * coordination").
 *
 * <p>Each step, every pair of active missions of the same organisation present in different countries
 * exchanges needs and threat intelligence (so each knows what is next door), as long as both their
 * hosts still consent.
 */
public final class RegionalMissions implements CoordinationMechanism {

    public static final String NAME = "regional-missions";
    static final ParameterDescriptor COST = Declare.cost("cost", 0.2, "member mission",
            "Assumption: a regional coordination cell");
    static final ParameterDescriptor DELAY = Declare.whole("delay", 0, 0, 24, "steps",
            "Steps before what one mission passes on reaches the other", "Assumption: direct contact");

    private final MechanismConfig config;

    RegionalMissions(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "Missions of one organisation in neighbouring countries coordinate across borders",
                "Each step, every pair of same-organisation missions in different countries exchanges needs and "
                        + "intelligence (arriving after `delay`), if both hosts consent; each pays `cost`.",
                "Fit for Purpose, ch. 4, 'Inter-mission coordination' (the EU in the Sahel)",
                "A mission's countries are those of its districts; consent is checked against each mission's first "
                        + "district's host.",
                List.of(COST, DELAY),
                List.of(new ListSetting("organisations", IdKind.ORGANISATION,
                        "Organisations whose missions coordinate; empty: every organisation")),
                RegionalMissions::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<String> organisations = config.list("organisations");
        Map<String, List<Actor>> byOrganisation = new LinkedHashMap<>();
        for (Actor a : ctx.actors()) {
            if (a.isActive() && a.type() == ActorType.MISSION && !a.presence().isEmpty()
                    && (organisations.isEmpty() || organisations.contains(a.organisation()))
                    && ctx.takesPart(NAME, a, true, true)) {
                byOrganisation.computeIfAbsent(a.organisation(), k -> new ArrayList<>()).add(a);
            }
        }
        double threshold = ctx.parameters().get(Parameters.CONSENT_THRESHOLD);
        java.util.Set<Actor> engaged = new java.util.LinkedHashSet<>();
        for (List<Actor> missions : byOrganisation.values()) {
            for (int i = 0; i < missions.size(); i++) {
                for (int j = i + 1; j < missions.size(); j++) {
                    Actor a = missions.get(i);
                    Actor b = missions.get(j);
                    District da = a.presence().get(0);
                    District db = b.presence().get(0);
                    if (da.country() == db.country() || ctx.host(da.country()).consent() < threshold
                            || ctx.host(db.country()).consent() < threshold) {
                        continue;
                    }
                    for (InfoKind k : List.of(InfoKind.NEEDS, InfoKind.INTEL)) {
                        ctx.send(a, b, k, config.getInt(DELAY), 0);
                        ctx.send(b, a, k, config.getInt(DELAY), 0);
                    }
                    ctx.jointWork(a, b);
                    engaged.add(a);
                    engaged.add(b);
                }
            }
        }
        for (Actor a : engaged) {
            ctx.charge(a, config.get(COST), NAME);
        }
    }
}
