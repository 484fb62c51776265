package org.constellation.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.agents.ActivityPlanner;
import org.constellation.model.agents.ActivityValuation;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.ArmedGroup;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.agents.Population;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.Plan;
import org.constellation.model.spec.ModelSpec;
import org.constellation.model.world.Country;
import org.constellation.model.world.NeedField;
import org.constellation.model.world.Region;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Constellation model: multilateral peace operations and their partners working, or failing to
 * work, together on non-traditional security challenges in a region of host countries. Headless:
 * it knows nothing of files, charts or windows. Build it from a {@link ModelSpec} and the
 * coordination mechanisms and sharing rule of the run, call {@link #start()}, then step the
 * schedule; one step is one month. Every random draw comes from {@link #random}.
 *
 * <p>Each step runs the {@link Phase}s in order: events, sense, share, coordinate, plan, act,
 * resolve, adversaries, world, observe.
 */
public class Constellation extends SimState {

    private static final long serialVersionUID = 1L;

    private final ModelSpec spec;
    private final List<CoordinationMechanism> mechanisms;
    private final InformationSharingRule sharing;
    private final ActivityCatalogue catalogue;
    private World world;
    private ObservationStep observation;
    private ExternalDecisions decisions = ExternalDecisions.AUTOMATED;

    /**
     * @param seed the run's seed (MASON uses its low 32 bits)
     * @param spec the world to build
     * @param mechanisms the coordination mechanisms in force, run in this order each step
     * @param sharing the information-sharing rule
     */
    public Constellation(long seed, ModelSpec spec, List<CoordinationMechanism> mechanisms,
            InformationSharingRule sharing) {
        this(seed, spec, mechanisms, sharing, ActivityCatalogue.standard());
    }

    /**
     * A model with another activity catalogue than the standard one (tests that a metric does not move
     * when a row is split in two or renamed); mandates and plans refer to its rows.
     */
    public Constellation(long seed, ModelSpec spec, List<CoordinationMechanism> mechanisms,
            InformationSharingRule sharing, ActivityCatalogue catalogue) {
        super(seed);
        this.spec = spec;
        this.mechanisms = List.copyOf(mechanisms);
        this.sharing = sharing;
        this.catalogue = catalogue;
    }

    @Override
    public void start() {
        super.start();
        world = WorldBuilder.build(this, spec, catalogue);
        StrategyContext context = new StrategyContext(this);
        world.setContext(context);
        for (CoordinationMechanism mechanism : mechanisms) {
            mechanism.initialize(context);
        }
        sharing.initialize(context);
        schedulePhases(context);
    }

    /** Called by the builder once the world exists, before actors attach to it. */
    void attachWorld(World built) {
        world = built;
    }

    /** The run's state holder (package use). */
    World world() {
        return world;
    }

    private void schedulePhases(StrategyContext context) {
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.EVENTS.ordering(), new EventsStep(spec.shocks()), 1.0);
        for (Actor a : world.actors()) {
            schedule.scheduleRepeating(Schedule.EPOCH, Phase.SENSE.ordering(), new ActorPhaseStep(a, Phase.SENSE), 1.0);
            schedule.scheduleRepeating(Schedule.EPOCH, Phase.PLAN.ordering(), new ActorPhaseStep(a, Phase.PLAN), 1.0);
            schedule.scheduleRepeating(Schedule.EPOCH, Phase.ACT.ordering(), new ActorPhaseStep(a, Phase.ACT), 1.0);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.SHARE.ordering(), new SharingStep(sharing, context), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.COORDINATE.ordering(),
                new CoordinationStep(mechanisms, context), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.RESOLVE.ordering(), new EffectsResolver(), 1.0);
        for (ArmedGroup g : world.groups()) {
            schedule.scheduleRepeating(Schedule.EPOCH, Phase.ADVERSARIES.ordering(), g, 1.0);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.WORLD.ordering(), new WorldDynamics(), 1.0);
        observation = new ObservationStep();
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.OBSERVE.ordering(), observation, 1.0);
    }

    /**
     * Adds an observer of the started model: from the next step on, it sees every finished step, after
     * the observers added before it. Adding one never changes the model's course; starting the model
     * again drops them all, as it empties the schedule.
     */
    public void observe(Steppable observer) {
        if (observation == null) {
            throw new IllegalStateException("observers are added to a started model");
        }
        observation.add(observer);
    }

    /**
     * Lets decisions taken outside the model replace the model's own for some actors, from the next
     * phase on (see {@link ExternalDecisions}); {@link ExternalDecisions#AUTOMATED} undoes it.
     */
    public void decideWith(ExternalDecisions external) {
        decisions = java.util.Objects.requireNonNull(external);
    }

    /** Who decides where the model could be overruled: {@link ExternalDecisions#AUTOMATED} unless set. */
    public ExternalDecisions externalDecisions() {
        return decisions;
    }

    /** The plan an actor that re-plans carries out this step: decided outside the model if so, else by its planner. */
    public Plan plan(Actor actor, double budget) {
        Plan chosen = decisions.plan(actor, this, budget);
        return chosen == null ? world.planner().plan(actor, this, budget) : ExternalPlans.carriedOut(chosen, actor,
                this, budget);
    }

    /**
     * PLAN phase, for an actor that repeats a committed plan this step and has money banked: what its planner adds
     * on top, within {@code budget}, seeing the committed plan as effort already placed. External decisions are
     * not consulted: like the repeat itself, the top-up is not a re-plan, so a classroom seat gets the model's own.
     */
    public Plan topUp(Actor actor, Plan committed, double budget) {
        return world.planner().plan(actor, this, budget, committed);
    }

    // ----- state -----

    /** The current step (0 during the first step). */
    public int step() {
        double t = schedule.getTime();
        return t < 0 ? 0 : (int) t;
    }

    /** The scenario's world description. */
    public ModelSpec spec() {
        return spec;
    }

    /** The coordination mechanisms in force. */
    public List<CoordinationMechanism> mechanisms() {
        return mechanisms;
    }

    /** The information-sharing rule in force. */
    public InformationSharingRule sharingRule() {
        return sharing;
    }

    /** Global parameters. */
    public ModelParameters parameters() {
        return spec.parameters();
    }

    /** The activity catalogue. */
    public ActivityCatalogue catalogue() {
        return catalogue;
    }

    /** The region (countries, districts, adjacency). */
    public Region region() {
        return world.region();
    }

    /** Needs and drivers. */
    public NeedField needs() {
        return world.needs();
    }

    /** All actors (missions, agencies, donors, hosts, civil society), in index order. */
    public List<Actor> actors() {
        return world.actors();
    }

    /** The actor with an id, or null. */
    public Actor actor(String id) {
        return world.actor(id);
    }

    /** The criminal and armed groups. */
    public List<ArmedGroup> groups() {
        return world.groups();
    }

    /** The host government of a country. */
    public HostGovernment host(Country country) {
        return world.host(country);
    }

    /** The population of a district. */
    public Population population(int district) {
        return world.population(district);
    }

    /** The 3W ledger. */
    public Ledger ledger() {
        return world.ledger();
    }

    /** This step's accounts. */
    public StepAccounts accounts() {
        return world.accounts();
    }

    /** This step's plans and planning groups. */
    public PlanBoard planBoard() {
        return world.planBoard();
    }

    /** Working trust between actors. */
    public Relations relations() {
        return world.relations();
    }

    /** Messages in transit. */
    public Mailbox mailbox() {
        return world.mailbox();
    }

    /** The planner actors use. */
    public ActivityPlanner planner() {
        return world.planner();
    }

    /** How actors value activities. */
    public ActivityValuation valuation() {
        return world.valuation();
    }

    /** Closures so far, in order. */
    public List<ClosureRecord> closures() {
        return world.closures();
    }

    /** Actors whose staff rotated this step. */
    public List<Actor> rotatedThisStep() {
        return Collections.unmodifiableList(world.rotated());
    }

    /** Records a staff rotation (called by the actor). */
    public void recordRotation(Actor actor) {
        world.rotated().add(actor);
    }

    /** Total group strength in a district. */
    public double groupStrengthIn(int district) {
        double total = 0;
        for (ArmedGroup g : world.groups()) {
            if (g.location() == district) {
                total += g.strength();
            }
        }
        return total;
    }

    /** Total group strength in a country. */
    public double groupStrengthIn(Country country) {
        double total = 0;
        for (ArmedGroup g : world.groups()) {
            if (region().district(g.location()).country() == country) {
                total += g.strength();
            }
        }
        return total;
    }

    /** Nominal capacity of the active international actors present in a country. */
    public double internationalCapacityIn(Country country) {
        double total = 0;
        for (Actor a : world.internationals()) {
            if (a.isActive() && presentIn(a, country)) {
                total += a.nominalCapacity();
            }
        }
        return total;
    }

    /** Number of active watchdog civil society organisations in a country. */
    public int watchdogsIn(Country country) {
        int n = 0;
        for (Actor a : world.watchdogs()) {
            if (a.isActive() && presentIn(a, country)) {
                n++;
            }
        }
        return n;
    }

    private static boolean presentIn(Actor a, Country country) {
        return a.isPresentIn(country);
    }

    /**
     * Closes an actor now, and with a mission its active components: mechanisms get their chance to hand
     * over, its last plan's cells and what it did before its taper are recorded for the transition metric
     * (one record for a mission and its components, their effort summed as the mission's), and every other
     * actor learns it is gone.
     */
    public void close(Actor actor) {
        if (!actor.isActive()) {
            return;
        }
        List<Actor> closing = withActiveComponents(actor);
        boolean[] members = new boolean[world.actors().size()];
        List<Integer> cells = new ArrayList<>();
        for (Actor a : closing) {
            for (CoordinationMechanism mechanism : mechanisms) {
                mechanism.onClosure(world.context(), a);
            }
            members[a.index()] = true;
            if (a.lastPlan() != null) {
                a.lastPlan().entries().forEach(e -> cells.add(NeedField.cell(e.district(),
                        catalogue.get(e.activity()).challenge())));
            }
        }
        world.closures().add(new ClosureRecord(actor.index(), step(), new java.util.TreeSet<>(cells),
                referenceEffort(actor, members)));
        for (Actor a : closing) {
            a.markClosed();
            for (Actor other : world.actors()) {
                other.known().forget(a.index());
            }
        }
    }

    /** A mission followed by its active components: the actors a closure, a drawdown or an exit moves together. */
    public List<Actor> withActiveComponents(Actor mission) {
        List<Actor> out = new ArrayList<>();
        out.add(mission);
        components(mission).stream().filter(Actor::isActive).forEach(out::add);
        return out;
    }

    /** The actors that are components of a mission ({@code part_of}), in index order; empty for most. */
    public List<Actor> components(Actor mission) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : world.actors()) {
            if (a.parent() == mission) {
                out.add(a);
            }
        }
        return out;
    }

    /** What one actor did before its taper, over the reference period its closure now would have. */
    EffortBaseline referenceEffort(Actor actor) {
        boolean[] members = new boolean[world.actors().size()];
        members[actor.index()] = true;
        return referenceEffort(actor, members);
    }

    /**
     * What a closing actor and the others did on its cell targets before its taper: over the
     * {@code metrics.transition_baseline} steps that end when its exit became known, the announcement of
     * its end ({@link Actor#announcement}: actors plan with an exit only from then, ODD 7.8) or its
     * closure if that came first (a closure by shock, unannounced, has no taper).
     */
    private EffortBaseline referenceEffort(Actor actor, boolean[] members) {
        int to = referenceEnd(actor, step());
        int baseline = parameters().getInt(Parameters.METRIC_TRANSITION_BASELINE);
        return world.effortHistory().baseline(k -> members[k], Math.max(actor.deployment().start(), to - baseline),
                to);
    }

    /**
     * The step that ends an actor's reference period if it closes at {@code closure}: the announcement of
     * its end or the closure, whichever comes first; for an exit announced by its deployment (known all
     * along: it never worked without it), the end of its first {@code metrics.transition_baseline} steps.
     */
    private int referenceEnd(Actor actor, int closure) {
        int start = actor.deployment().start();
        int known = Math.min(closure, actor.announcement());
        return known > start ? known
                : Math.min(closure, start + parameters().getInt(Parameters.METRIC_TRANSITION_BASELINE));
    }

    /**
     * The length of the effort history a closure may look back over: the reference period and a host's
     * withdrawal notice (a forced exit) or a scheduled drawdown, and for an actor with a scheduled end the steps from its period's start to
     * that end.
     */
    int effortHistoryLength() {
        int baseline = parameters().getInt(Parameters.METRIC_TRANSITION_BASELINE);
        int length = baseline + parameters().getInt(Parameters.WITHDRAWAL_NOTICE);
        for (org.constellation.model.spec.ShockSpec shock : spec.shocks()) {
            if (shock instanceof org.constellation.model.spec.ShockSpec.Drawdown d) {
                length = Math.max(length, baseline + d.end() - d.step());
            }
        }
        for (Actor a : world.actors()) {
            int end = a.deployment().end();
            if (end >= 0) {
                int from = Math.max(a.deployment().start(), referenceEnd(a, end) - baseline);
                length = Math.max(length, end - from);
            }
        }
        return length;
    }

    /** Runs the model for a number of steps after {@link #start()} (a convenience for tests and runners). */
    public void run(int steps) {
        for (int i = 0; i < steps; i++) {
            if (!schedule.step(this)) {
                break;
            }
        }
    }
}
