package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * Joint analysis, JMAC-style: the members pool their assessments and threat intelligence, and the
 * analysis cell sets common priorities by pointing out the needy cells nobody covers. <i>Fit for
 * Purpose</i> ch. 4 ("Internal coordination": integrated analysis should lead "to common priority
 * setting and a shared strategy") and ch. 6, recommendation 2 ("Invest in joint analysis"; JMAC
 * organized crime cells); without it, tasks are "carved up based on activities but without any
 * underlying joint analysis" (ch. 5).
 *
 * <p>Every {@code interval} steps: every member sends every other member its needs assessment and
 * intelligence at once; then, for each cell whose pooled need (precision-weighted over the members'
 * beliefs) is above the gap threshold and where no member worked last step, every member present
 * there that can address the challenge is steered towards it. Costly: each member pays, and the
 * lead (the analysis cell) pays more.
 */
public final class JointAnalysis implements CoordinationMechanism {

    public static final String NAME = "joint-analysis";
    static final ParameterDescriptor COST = Declare.cost("cost", 0.3, "member",
            "Fit for Purpose ch. 6, rec. 2: joint analysis needs more human intelligence; value assumed");
    static final ParameterDescriptor CELL = Declare.real("cell_cost", 2.0, 0, 100, Declare.COST_UNIT,
            "Staff time of the analysis cell itself, charged to the lead", "Assumption: a JMAC-sized team");
    static final ParameterDescriptor INTERVAL = Declare.whole("interval", 1, 1, 120, "steps",
            "Steps between joint assessments", "Assumption: monthly");
    static final ParameterDescriptor GAP_BOOST = Declare.real("gap_boost", 2.0, 1, 20, "multiplier",
            "Weight given to needy cells nobody covers, for members who can address them",
            "Fit for Purpose ch. 4: joint analysis leads to common priority setting; value assumed");

    private final MechanismConfig config;

    JointAnalysis(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "A JMAC-style shared analysis that pools assessments and sets common priorities",
                "Every `interval` steps members exchange needs and intelligence all-to-all at once (lowering belief "
                        + "error), and every member able to address a cell whose pooled need exceeds the gap threshold "
                        + "and that no member covered last step gets its weight multiplied by `gap_boost`. Members pay "
                        + "`cost`, the lead also `cell_cost`.",
                "Fit for Purpose, ch. 4, 'Internal coordination'; ch. 5; ch. 6, recommendation 2",
                "Pooling is exchange of assessments; 'common priorities' are the gaps the pooled picture shows.",
                List.of(COST, CELL, INTERVAL, GAP_BOOST),
                List.of(Declare.members("every mission and UN Country Team agency"),
                        new ListSetting("lead", IdKind.ACTOR, "The analysis cell's host; empty: the largest member")),
                JointAnalysis::new);
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
                a -> a.type() == ActorType.MISSION || a.type() == ActorType.UNCT_AGENCY);
        if (members.size() < 2) {
            return;
        }
        Actor lead = Leads.lead(config.list("lead"), members);
        Exchanges.allPairs(ctx, members, List.of(InfoKind.NEEDS, InfoKind.INTEL), 0, 0);
        markGaps(ctx, members);
        for (Actor a : members) {
            ctx.charge(a, config.get(COST) + (a == lead ? config.get(CELL) : 0), NAME);
        }
    }

    private void markGaps(CoordinationContext ctx, List<Actor> members) {
        Set<Integer> covered = new LinkedHashSet<>();
        for (Actor a : members) {
            if (a.lastPlan() != null) {
                for (PlannedActivity p : a.lastPlan().entries()) {
                    covered.add(NeedField.cell(p.district(), ctx.catalogue().get(p.activity()).challenge()));
                }
            }
        }
        double threshold = ctx.parameters().get(Parameters.METRIC_GAP_THRESHOLD);
        for (District d : ctx.region().districts()) {
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d.index(), c);
                if (covered.contains(cell) || PooledNeeds.of(members, cell, ctx.step()) <= threshold) {
                    continue;
                }
                for (Actor a : members) {
                    if (a.isPresentIn(d) && CellAllocator.covers(ctx, a, c)) {
                        a.guidance().scaleCell(cell, config.get(GAP_BOOST));
                    }
                }
            }
        }
    }
}
