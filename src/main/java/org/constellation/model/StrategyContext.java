package org.constellation.model;

import java.io.Serializable;
import java.util.List;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.Plan;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.Region;

/** The model's side of {@link CoordinationContext} and {@link SharingContext}. */
final class StrategyContext implements CoordinationContext, Serializable {

    private static final long serialVersionUID = 1L;

    private final Constellation m;
    private transient Reports reports;

    StrategyContext(Constellation m) {
        this.m = m;
    }

    @Override
    public int step() {
        return m.step();
    }

    @Override
    public List<Actor> actors() {
        return m.actors();
    }

    @Override
    public Region region() {
        return m.region();
    }

    @Override
    public ActivityCatalogue catalogue() {
        return m.catalogue();
    }

    @Override
    public ModelParameters parameters() {
        return m.parameters();
    }

    @Override
    public Relations relations() {
        return m.relations();
    }

    @Override
    public HostGovernment host(Country country) {
        return m.host(country);
    }

    @Override
    public List<Actor> rotatedThisStep() {
        return m.rotatedThisStep();
    }

    @Override
    public boolean shares(Actor from, Actor to, InfoKind kind, boolean automated) {
        return m.externalDecisions().shares(from, to, kind, automated);
    }

    @Override
    public boolean takesPart(String mechanism, Actor actor, boolean automated, boolean eligible) {
        return m.externalDecisions().takesPart(mechanism, actor, automated, eligible) && (eligible || automated);
    }

    @Override
    public void send(Actor from, Actor to, InfoKind kind, int delay, double doubt) {
        if (from == to || !from.isActive() || !to.isActive()) {
            return;
        }
        Message.Payload payload = switch (kind) {
            case NEEDS -> reports().needs(from, step());
            case PLANS -> new Message.PlanReport(from.lastPlan() == null ? Plan.empty(from.index(), step())
                    : from.lastPlan());
            case INTEL -> reports().threats(from, step(), m.region().size());
        };
        int t = step();
        m.mailbox().post(new Message(from.index(), to.index(), kind, t, t + Math.max(0, delay), Math.max(0, doubt),
                m.mailbox().nextSequence(), payload));
    }

    private Reports reports() {
        if (reports == null) {
            reports = new Reports();
        }
        return reports;
    }

    /**
     * Charges a mechanism's declared cost scaled to the payer's size: cost x (nominal capacity /
     * {@code coordination.reference_capacity})^{@code coordination.cost_elasticity}. With the elasticity at 1 a
     * cost is a share of the actor's staff time (the declared cost is what an actor of the reference capacity
     * pays); at 0 every actor pays the same flat cost.
     */
    @Override
    public void charge(Actor actor, double effort, String mechanism) {
        if (effort > 0) {
            ModelParameters p = m.parameters();
            double elasticity = p.get(Parameters.COST_ELASTICITY);
            double size = elasticity == 0 ? 1
                    : Math.pow(actor.nominalCapacity() / p.get(Parameters.COST_REFERENCE_CAPACITY), elasticity);
            m.accounts().chargeCoordination(actor.index(), effort * size, mechanism);
        }
    }

    @Override
    public void chargeShare(Actor actor, double share, String mechanism) {
        if (share > 0) {
            m.accounts().chargeCoordination(actor.index(), share * actor.nominalCapacity(), mechanism);
        }
    }

    @Override
    public void formPlanningGroup(List<Actor> members, String mechanism) {
        m.planBoard().formGroup(members.stream().mapToInt(Actor::index).toArray(), mechanism);
    }

    @Override
    public void jointWork(Actor a, Actor b) {
        m.relations().jointWork(a.index(), b.index(), m.parameters().get(Parameters.JOINT_WORK_TRUST_GAIN));
    }

    @Override
    public void strain(Actor a, Actor b, double loss) {
        m.relations().set(a.index(), b.index(), m.relations().trust(a.index(), b.index()) * (1 - loss));
        m.relations().set(b.index(), a.index(), m.relations().trust(b.index(), a.index()) * (1 - loss));
    }

    @Override
    public void expandPresence(Actor actor, District district) {
        actor.addPresence(district);
    }

    @Override
    public EffortBaseline referenceEffort(Actor actor) {
        return m.referenceEffort(actor);
    }

    @Override
    public List<ClosureRecord> closures() {
        return m.closures();
    }

    @Override
    public PlanBoard planBoard() {
        return m.planBoard();
    }
}
