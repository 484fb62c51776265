package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constellation.model.ActorType;
import org.constellation.model.CellResponse;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.EffortBaseline;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * Transition planning: "even before their deployment, their planning needs to be directed at the
 * transition to other actors. The UN Country Team - or EU Delegations in the case of EU CSDP
 * missions - need to be involved in pre-deployment planning to allow a smoother transition ...
 * legacy institutions can take advantage of the mission's logistical capacity and budgets"
 * (<i>Fit for Purpose</i> ch. 6, recommendation 9); once operations close, "they can leave behind a
 * vacuum" (ch. 4, "UN whole of system").
 *
 * <p>From {@code lead_time} steps before a mission's announced end (never before the announcement: the
 * mechanism knows what everyone knows), or from its deployment with {@code from_deployment}, its
 * successors (UN Country Team agencies present in its countries; for EU missions, EU Delegations) plan
 * jointly with it and receive its needs assessments and plans every step. When it closes, each successor
 * extends its presence to the districts where the mission worked, receives a share of the mission's
 * capacity, and is steered towards the mission's former cells for the transition window: where it worked
 * before its taper, over the transition metric's reference period.
 */
public final class TransitionPlanning implements CoordinationMechanism {

    public static final String NAME = "transition-planning";
    static final ParameterDescriptor LEAD_TIME = Declare.whole("lead_time", 24, 0, 1000, "steps",
            "How long before a mission's announced end its successors join its planning (not before the "
                    + "announcement)",
            "Fit for Purpose ch. 6, rec. 9: from pre-deployment; two years assumed");
    static final ParameterDescriptor FROM_DEPLOYMENT = Declare.whole("from_deployment", 0, 0, 1, "flag",
            "1: successors join every listed mission's planning from its deployment, whether or not an end is "
                    + "announced (planning directed at the transition from the start); 0: only ahead of an announced end",
            "Fit for Purpose ch. 6, rec. 9: 'even before their deployment, their planning needs to be directed "
                    + "at the transition to other actors'");
    static final ParameterDescriptor MISSION_COST = Declare.cost("mission_cost", 0.5, "closing mission",
            "Assumption: transition planning team");
    static final ParameterDescriptor SUCCESSOR_COST = Declare.cost("successor_cost", 0.3, "successor",
            "Assumption: joint planning and handover preparation");
    static final ParameterDescriptor TRANSFER = Declare.real("capacity_transfer", 0.15, 0, 1, "share",
            "Share of the closing mission's capacity passed on to its successors",
            "Fit for Purpose ch. 6, rec. 9: legacy institutions take over logistics and budgets; resources 'reduce "
                    + "substantially at the time of transition'; value assumed");
    static final ParameterDescriptor BOOST = Declare.real("boost", 2.0, 1, 20, "multiplier",
            "Weight successors give the closing mission's former cells after closure", "Assumption");
    static final ParameterDescriptor WINDOW = Declare.whole("window", 24, 0, 1000, "steps",
            "How long successors keep that weight", "Assumption");

    private final MechanismConfig config;
    private final Map<Actor, List<Actor>> successors = new LinkedHashMap<>();
    private final Map<Actor, Set<Integer>> legacies = new LinkedHashMap<>();
    private final Map<Actor, Integer> legacyUntil = new LinkedHashMap<>();

    TransitionPlanning(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "The UN Country Team plans with a mission before it leaves, so coverage survives",
                "From `lead_time` steps before a mission's announced end (not before it is announced), or from its "
                        + "deployment if `from_deployment` is 1, its successors (UN Country Team agencies in its "
                        + "countries; EU Delegations for EU missions) plan jointly with it and receive its needs and plans "
                        + "each step. At closure each successor extends its presence to the mission's districts (those it "
                        + "still holds and those where it worked before its exit was known), gains `capacity_transfer` x "
                        + "the mission's capacity (shared), and weights the mission's former cells (where it worked over "
                        + "the transition metric's reference period, before its taper) x `boost` for `window` steps; "
                        + "cells inherited from several closures add up. The mission pays `mission_cost`, successors "
                        + "`successor_cost`.",
                "Fit for Purpose, ch. 6, recommendation 9; ch. 4, 'UN whole of system'",
                "Successors keep their own mandates and security limits: they take over only what they may and can.",
                List.of(LEAD_TIME, FROM_DEPLOYMENT, MISSION_COST, SUCCESSOR_COST, TRANSFER, BOOST, WINDOW),
                List.of(new ListSetting("missions", IdKind.ACTOR, "Missions that plan their transition; empty: every "
                                + "mission whose end is announced (every mission, with from_deployment)"),
                        new ListSetting("successors", IdKind.ACTOR, "Successors; empty: as described")),
                TransitionPlanning::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        int t = ctx.step();
        boolean fromDeployment = config.getInt(FROM_DEPLOYMENT) == 1;
        for (Actor mission : Participants.resolve(ctx, NAME, config.list("missions"),
                a -> a.type() == ActorType.MISSION && (fromDeployment || a.announcedEnd(t) >= 0))) {
            int end = mission.announcedEnd(t);
            if (!fromDeployment && (end < 0 || t < end - config.getInt(LEAD_TIME))) {
                continue;
            }
            List<Actor> heirs = successors.computeIfAbsent(mission, m -> successorsOf(ctx, m));
            if (heirs.isEmpty()) {
                continue;
            }
            List<Actor> group = new ArrayList<>(heirs);
            group.add(mission);
            ctx.formPlanningGroup(group, NAME);
            for (Actor h : heirs) {
                ctx.send(mission, h, InfoKind.NEEDS, 0, 0);
                ctx.send(mission, h, InfoKind.PLANS, 0, 0);
                ctx.jointWork(mission, h);
                ctx.charge(h, config.get(SUCCESSOR_COST), NAME);
            }
            ctx.charge(mission, config.get(MISSION_COST), NAME);
        }
        steerHeirs(ctx, t);
    }

    /**
     * Hands over to the closing mission's successors where it worked before its taper: the cells of the
     * transition metric's reference period (its last plan is empty after a drawdown), their districts and
     * whatever presence it kept. A successor that inherits from several closures keeps all their cells,
     * weighted until the latest window ends.
     */
    @Override
    public void onClosure(CoordinationContext ctx, Actor closing) {
        List<Actor> heirs = successors.get(closing);
        if (heirs == null || heirs.isEmpty()) {
            return;
        }
        Set<Integer> cells = formerCells(ctx, closing);
        Set<District> districts = new LinkedHashSet<>(closing.presence());
        for (int cell : cells) {
            districts.add(ctx.region().district(NeedField.districtOf(cell)));
        }
        double transfer = config.get(TRANSFER) * closing.nominalCapacity();
        int until = ctx.step() + config.getInt(WINDOW);
        for (Actor h : heirs) {
            for (District d : districts) {
                if (Participants.presentIn(h, d.country())) {
                    ctx.expandPresence(h, d);
                }
            }
            h.scaleCapacity(1 + transfer / heirs.size() / Math.max(1e-6, h.nominalCapacity()));
            if (legacyUntil.getOrDefault(h, -1) < ctx.step()) {
                legacies.put(h, new LinkedHashSet<>());
            }
            legacies.get(h).addAll(cells);
            legacyUntil.merge(h, until, Math::max);
        }
    }

    /** The need cells where a mission worked over its reference period, before its exit was known. */
    private static Set<Integer> formerCells(CoordinationContext ctx, Actor closing) {
        EffortBaseline before = ctx.referenceEffort(closing);
        Set<Integer> cells = new TreeSet<>();
        for (int k = 0; k < before.size(); k++) {
            if (before.own(k) > 0) {
                cells.add(CellResponse.cellOf(before.cell(k)));
            }
        }
        return cells;
    }

    private void steerHeirs(CoordinationContext ctx, int t) {
        for (Map.Entry<Actor, Set<Integer>> e : legacies.entrySet()) {
            if (t <= legacyUntil.get(e.getKey()) && e.getKey().isActive()) {
                for (int cell : e.getValue()) {
                    e.getKey().guidance().scaleCell(cell, config.get(BOOST));
                }
            }
        }
    }

    private List<Actor> successorsOf(CoordinationContext ctx, Actor mission) {
        List<String> named = config.list("successors");
        boolean eu = mission.organisation().startsWith("eu-");
        List<Actor> out = new ArrayList<>();
        for (Actor a : ctx.actors()) {
            if (!a.isActive() || a == mission) {
                continue;
            }
            boolean fits = named.isEmpty()
                    ? (eu ? "eu-delegation".equals(a.organisation()) : a.type() == ActorType.UNCT_AGENCY)
                            && Participants.shareCountry(mission, a)
                    : named.contains(a.id());
            if (fits) {
                out.add(a);
            }
        }
        return out;
    }
}
