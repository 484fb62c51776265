package org.constellation.model.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.Ledger;
import org.constellation.model.Message;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.belief.Beliefs;
import org.constellation.model.belief.CaptureBeliefs;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.Guidance;
import org.constellation.model.plan.KnownActivities;
import org.constellation.model.plan.Mandate;
import org.constellation.model.plan.Plan;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.Funding;
import org.constellation.model.spec.SensingSpec;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An actor of the constellation. Each step it <b>senses</b> the needs and threats of the districts
 * where it is present (noisy, delayed and partial beliefs), <b>plans</b> activities within its
 * mandate and the capacity left after coordination, and <b>acts</b> by putting effort into the 3W
 * ledger. Subclasses set what distinguishes missions, agencies, donors, host governments and civil
 * society (<i>Fit for Purpose</i> ch. 4).
 *
 * <p>In a model run the phases are scheduled separately ({@link org.constellation.model.Phase});
 * {@link #step(SimState)} runs one whole activation (sense, plan, act) for an actor used alone.
 */
public abstract class Actor implements Steppable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String id;
    private final String name;
    private final ActorType type;
    private final String organisation;
    private final String doctrine;
    private final List<District> presence = new ArrayList<>();
    private final List<District> presenceView = Collections.unmodifiableList(presence);
    private boolean[] present = new boolean[0];
    private int[] districtsByCountry = new int[0];
    private int presenceRevision;
    private double nominalCapacity;
    private ActorSchedule schedule;
    private Mandate mandate;
    private final boolean executive;
    private final Funding funding;
    private final DeploymentSpec deployment;
    private final SensingSpec sensing;
    private final int horizon;
    private final int replanInterval;
    private final double conditionality;
    private int announcement = Integer.MAX_VALUE;
    private int forcedEnd = -1;
    private Actor parent;
    private Beliefs beliefs;
    private CaptureBeliefs captureBeliefs;
    private KnownActivities known;
    private Guidance guidance;
    private Plan plan;
    private Plan lastPlan;
    private Plan commitment;
    private int lastReplan = Integer.MIN_VALUE;
    private boolean replanRequested;
    private double fundingFactor = 1;
    private double bank;
    private double heldBack;
    private double scale = 1;
    private int rotationOffset;
    private Status status = Status.PENDING;

    protected Actor(Profile profile) {
        this.index = profile.index();
        this.id = profile.id();
        this.name = profile.name();
        this.type = profile.type();
        this.organisation = profile.organisation();
        this.doctrine = profile.doctrine();
        this.nominalCapacity = profile.capacity();
        this.mandate = profile.mandate();
        this.executive = profile.executive();
        this.funding = profile.funding();
        this.deployment = profile.deployment();
        this.sensing = profile.sensing();
        this.horizon = Math.max(1, profile.horizon());
        this.replanInterval = Math.max(1, profile.replanInterval());
        this.conditionality = profile.conditionality();
    }

    /** Wires the actor into a model: beliefs, knowledge and guidance sized to the world. */
    public void attach(Constellation m, List<District> initialPresence) {
        var p = m.parameters();
        beliefs = new Beliefs(m.needs().cells(), m.region().size(), p.get(Parameters.PRIOR_MEAN),
                p.get(Parameters.PRIOR_VARIANCE), p.get(Parameters.PROCESS_NOISE));
        captureBeliefs = new CaptureBeliefs(m.region().countries().size(), p.get(Parameters.CAPTURE_PRIOR),
                p.get(Parameters.PRIOR_VARIANCE), p.get(Parameters.PROCESS_NOISE));
        announcement = deployment.announcement(p.getInt(Parameters.DEPLOYMENT_NOTICE));
        known = new KnownActivities(m.catalogue().size());
        guidance = new Guidance(m.needs().cells(), m.catalogue().size());
        presence.clear();
        present = new boolean[m.region().size()];
        districtsByCountry = new int[m.region().countries().size()];
        initialPresence.forEach(this::addPresence);
        plan = Plan.empty(index, 0);
        int rotation = deployment.rotation();
        rotationOffset = rotation > 0 ? m.random.nextInt(rotation) : 0;
    }

    // ----- phases -----

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        sense(m);
        plan(m);
        act(m);
    }

    /** EVENTS phase: deployment, budget cycle and staff rotation; clears per-step state. */
    public void beginStep(Constellation m) {
        int t = m.step();
        guidance.reset();
        replanRequested = false;
        if (schedule != null && schedule.applyUpTo(this, t)) {
            replanRequested = true;
        }
        if (status == Status.PENDING && t >= deployment.start() && parentDeployed(t)) {
            status = Status.ACTIVE;
            onDeploy(m);
        }
        if (status == Status.ACTIVE && end() >= 0 && t >= end()) {
            m.close(parent != null && parent.isActive() && parent.end() >= 0 && t >= parent.end() ? parent : this);
        }
        if (status != Status.ACTIVE) {
            return;
        }
        int cycle = m.parameters().getInt(Parameters.FUNDING_CYCLE);
        if ((t - deployment.start()) % cycle == 0) {
            fundingFactor = 1 - funding.volatility() * m.random.nextDouble();
            bank = 0;
        }
        int rotation = deployment.rotation();
        if (rotation > 0 && t > deployment.start() && (t - rotationOffset) % rotation == 0) {
            rotate(m);
        }
        known.expire(t, m.parameters().getInt(Parameters.PLAN_MEMORY));
    }

    /** True unless it is a component of a mission that has not deployed yet or has closed. */
    private boolean parentDeployed(int t) {
        return parent == null || parent.status != Status.CLOSED && t >= parent.deployment.start();
    }

    /** Staff rotation: knowledge and working relationships are partly lost. */
    protected void rotate(Constellation m) {
        var p = m.parameters();
        beliefs.forget(p.get(Parameters.ROTATION_KNOWLEDGE_LOSS), m.step());
        captureBeliefs.forget(p.get(Parameters.ROTATION_KNOWLEDGE_LOSS), m.step());
        m.relations().rotate(index, p.get(Parameters.ROTATION_TRUST_LOSS));
        m.recordRotation(this);
    }

    /** Called once when the actor deploys. */
    protected void onDeploy(Constellation m) {
    }

    /** SENSE phase: observes needs, threats and others' activities where present. */
    public void sense(Constellation m) {
        if (status != Status.ACTIVE) {
            return;
        }
        int t = m.step();
        double visibility = m.parameters().get(Parameters.ACTIVITY_VISIBILITY);
        boolean[] sensedCountry = new boolean[m.region().countries().size()];
        for (District d : presence) {
            if (!canAccess(d, m) || m.random.nextDouble() >= senseChance(d, m)) {
                continue;
            }
            sensedCountry[d.country().index()] = true;
            double sd = sensing.noise() * noiseFactor(d, m);
            double variance = sd * sd;
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d.index(), c);
                double observed = m.needs().past(cell, sensing.delay()) + m.random.nextGaussian() * sd;
                beliefs.observe(cell, Math.max(0, Math.min(1, observed)), variance, t);
            }
            double strength = m.groupStrengthIn(d.index());
            double threatSd = sd * 4 + 0.1;
            beliefs.observeThreat(d.index(), Math.max(0, strength + m.random.nextGaussian() * threatSd),
                    threatSd * threatSd, t);
            noticeActivities(m, d, visibility, t);
        }
        for (Country c : m.region().countries()) {
            if (sensedCountry[c.index()]) {
                observeCapture(m, c, t);
            }
        }
    }

    /** One month's noisy look at how far each host institution of a country is captured. */
    private void observeCapture(Constellation m, Country country, int t) {
        double sd = m.parameters().get(Parameters.CAPTURE_NOISE);
        for (Institution i : Institution.all()) {
            double observed = m.host(country).capture(i) + m.random.nextGaussian() * sd;
            captureBeliefs.observe(country.index(), i, Math.max(0, Math.min(1, observed)), sd * sd, t);
        }
    }

    private void noticeActivities(Constellation m, District d, double visibility, int t) {
        List<Ledger.Entry> seen = m.ledger().previousIn(d.index());
        for (int i = 0; i < seen.size(); i++) {
            Ledger.Entry e = seen.get(i);
            if (e.actor() != index && m.random.nextDouble() < visibility) {
                known.learn(e.actor(), e.district(), e.activity(), e.effort(), t - 1);
            }
        }
    }

    /** PLAN phase: chooses activities for this step. */
    public void plan(Constellation m) {
        int t = m.step();
        double budget = Math.max(0, capacity(m) - m.accounts().coordination(index)) + bank;
        if (status != Status.ACTIVE) {
            plan = Plan.empty(index, t);
        } else if (lastPlan != null && !replanRequested && t - lastReplan < replanInterval) {
            Plan repeated = (commitment == null ? lastPlan : commitment).redated(t);
            double spare = budget - repeated.totalEffort();
            plan = bank > 1e-9 && spare > 1e-9 ? repeated.plus(m.topUp(this, repeated, spare)) : repeated;
        } else {
            plan = m.plan(this, budget);
            commitment = plan;
            lastReplan = t;
        }
        keepUnspent(budget - plan.totalEffort());
        m.planBoard().post(plan);
    }

    /**
     * What the plan leaves unspent is held back; an actor whose effort is money ({@link #banksUnspent()}) banks
     * it until the end of its funding cycle, while staff time not used this month is gone. While it repeats a
     * committed plan, what it has banked is offered again every month, on top of the commitment ({@link
     * Constellation#topUp}; a top-up is for its month only, the commitment stays what it re-planned): an
     * earmarked donor re-plans only when its cycle starts, when the bank lapses, so without this the bank could
     * never be spent.
     */
    private void keepUnspent(double unspent) {
        heldBack = Math.max(0, unspent);
        bank = banksUnspent() ? heldBack : 0;
    }

    /** ACT phase: carries out the plan. */
    public void act(Constellation m) {
        if (status != Status.ACTIVE) {
            return;
        }
        for (PlannedActivity a : plan.entries()) {
            m.ledger().record(index, a.district(), a.activity(), a.effort());
            if (m.catalogue().get(a.activity()).has(ActivityFlag.INTELLIGENCE)) {
                gatherIntelligence(m, a);
            }
            onActivity(m, a);
        }
        lastPlan = plan;
    }

    /**
     * Intelligence work (ISR, analysis of criminal networks, border monitoring) sharpens the actor's
     * picture of group strength in the district and its neighbours, the more so the more effort.
     */
    private void gatherIntelligence(Constellation m, PlannedActivity a) {
        District d = m.region().district(a.district());
        double sd = 0.5 / Math.sqrt(a.effort());
        observeStrength(m, d.index(), sd);
        for (int k = 0; k < d.degree(); k++) {
            observeStrength(m, d.neighbour(k), sd * 2);
        }
    }

    private void observeStrength(Constellation m, int district, double sd) {
        double observed = m.groupStrengthIn(district) + m.random.nextGaussian() * sd;
        beliefs.observeThreat(district, Math.max(0, observed), sd * sd, m.step());
    }

    /** Hook called for every activity carried out. */
    protected void onActivity(Constellation m, PlannedActivity activity) {
    }

    /** Integrates a message another actor sent. */
    public void receive(Message message, Constellation m) {
        int t = m.step();
        double q = m.parameters().get(Parameters.PROCESS_NOISE);
        int age = Math.max(0, t - message.sentAt());
        switch (message.kind()) {
            case NEEDS -> {
                var report = (Message.NeedsReport) message.payload();
                beliefs.observe(report.cells(), report.estimates(), report.variances(), message.doubt(), q * age, t);
            }
            case PLANS -> known.learnPlan(((Message.PlanReport) message.payload()).plan(), message.sentAt());
            case INTEL -> {
                var report = (Message.ThreatReport) message.payload();
                for (int k = 0; k < report.districts().length; k++) {
                    beliefs.observeThreat(report.districts()[k], report.strengths()[k],
                            report.variances()[k] + message.doubt() * 25, t);
                }
            }
            default -> throw new IllegalStateException("Unhandled kind " + message.kind());
        }
    }

    // ----- behaviour hooks for subclasses -----

    /** Effort units available this step, before coordination costs. */
    public double capacity(Constellation m) {
        return status == Status.ACTIVE ? nominalCapacity * fundingFactor * scale : 0;
    }

    /** The actor's weight on a challenge this step. */
    public double priority(Challenge c, Constellation m) {
        return mandate.priority(c);
    }

    /** Whether the actor can work in and observe a district this step. */
    public boolean canAccess(District d, Constellation m) {
        return true;
    }

    /** Chance of observing a district where it is present this step. */
    protected double senseChance(District d, Constellation m) {
        return sensing.coverage();
    }

    /**
     * Multiplier on observation noise: people who trust an actor tell it more (trust 0.5 leaves the
     * noise as it is, full trust halves it, no trust raises it by half).
     */
    protected double noiseFactor(District d, Constellation m) {
        return 1.5 - m.population(d.index()).trust(index);
    }

    /**
     * Effort an activity's effect is worth relative to its nominal effort (host forces' quality; a
     * non-executive mission's work through the host).
     */
    public double effectiveness(int activity, int district, Constellation m) {
        return 1;
    }

    /**
     * True if the actor does this work through the host, so that its effect is as large as the host's power
     * to resolve the challenge ({@link Mission}: a non-executive mission's {@code through-host} rows).
     */
    public boolean actsThroughHost(ActivityType type) {
        return false;
    }

    /** Harm done inside the fence per step in a district for a challenge (missions only). */
    public double harmRate(int district, Challenge c, Constellation m) {
        return 0;
    }

    /** True if what it does not spend can be banked within the funding cycle (money, not staff time). */
    public boolean banksUnspent() {
        return false;
    }

    /**
     * Steps the actor still expects to be deployed: until its end once the end is announced, unbounded
     * before (nobody, the actor included, plans with an exit that has not been announced).
     */
    public int remainingSteps(Constellation m) {
        int end = announcedEnd(m.step());
        return end < 0 ? Integer.MAX_VALUE : Math.max(0, end - m.step());
    }

    /**
     * The step from which its end is known ({@code deployment.announced} or the notice), or its mission's if it is
     * a component and that comes first; MAX_VALUE without an end.
     */
    public int announcement() {
        return parent == null ? announcement : Math.min(announcement, parent.announcement());
    }

    /**
     * Its deployment's end as known at a step: the end step once announced, else -1; for a component, the earlier
     * of its own and its mission's (it leaves with the mission).
     */
    public int announcedEnd(int step) {
        int own = step >= announcement ? end() : -1;
        int mission = parent == null ? -1 : parent.announcedEnd(step);
        return own < 0 || mission >= 0 && mission < own ? mission : own;
    }

    /** The step at which it closes: its deployment's end or an earlier exit forced on it; -1 for none. */
    public int end() {
        int planned = deployment.end();
        return forcedEnd >= 0 && (planned < 0 || forcedEnd < planned) ? forcedEnd : planned;
    }

    /**
     * An exit forced on it (a host's withdrawal of consent, a drawdown), announced at {@code step}: it closes at
     * {@code end}, or at an earlier exit already announced.
     */
    public void announceExit(int step, int end) {
        forcedEnd = forcedEnd < 0 ? end : Math.min(forcedEnd, end);
        announcement = Math.min(announcement, step);
    }

    // ----- state changes driven by the model and mechanisms -----

    /** Adds a district to the actor's presence (kept in district order). */
    public void addPresence(District d) {
        if (!present[d.index()]) {
            present[d.index()] = true;
            districtsByCountry[d.country().index()]++;
            presenceRevision++;
            presence.add(d);
            presence.sort(Comparator.comparingInt(District::index));
        }
    }

    /** Removes a district from the actor's presence. */
    public void removePresence(District d) {
        if (present[d.index()]) {
            present[d.index()] = false;
            districtsByCountry[d.country().index()]--;
            presenceRevision++;
            presence.remove(d);
        }
    }

    /**
     * Makes it a component of a mission (its police or a civilian section, {@code part_of} in a scenario): it
     * deploys only once the mission has, plans with the mission's announced exit and closes with it (the model,
     * its shocks and the host's withdrawal of consent apply to both).
     */
    public void joinAsComponentOf(Actor mission) {
        if (mission == this || mission.parent != null || parent != null) {
            throw new IllegalArgumentException(id + " cannot be a component of " + mission.id);
        }
        parent = mission;
    }

    /** The mission it is a component of, or null. */
    public Actor parent() {
        return parent;
    }

    /** The mission it is a component of, or itself: the actor a host and the mission-level metrics see. */
    public Actor whole() {
        return parent == null ? this : parent;
    }

    /** Marks the actor closed (the model records the closure). */
    public void markClosed() {
        status = Status.CLOSED;
        plan = Plan.empty(index, plan == null ? 0 : plan.step());
    }

    /**
     * Gives the actor a schedule of presence and capacity changes; the changes due at step 0 take
     * effect at once, so that the starting state shows them.
     */
    public void follow(ActorSchedule changes) {
        schedule = changes;
        schedule.applyUpTo(this, 0);
    }

    /** Sets the nominal capacity (a scheduled change). */
    void setNominalCapacity(double capacity) {
        nominalCapacity = capacity;
    }

    /** Its schedule of presence and capacity changes, or null if it has none. */
    public ActorSchedule schedule() {
        return schedule;
    }

    /** Gives the actor a new mandate from now on (a mandate change); it re-plans this step. */
    public void changeMandate(Mandate changed) {
        mandate = changed;
        replanRequested = true;
    }

    /** Multiplies the actor's capacity from now on. */
    public void scaleCapacity(double factor) {
        scale *= factor;
    }

    /** Asks the actor to re-plan this step even if its budget cycle has not ended. */
    public void requestReplan() {
        replanRequested = true;
    }

    // ----- read access -----

    /** Position in the model's actor list. */
    public int index() {
        return index;
    }

    /** Unique id. */
    public String id() {
        return id;
    }

    /** Display name. */
    public String name() {
        return name;
    }

    /** Actor type. */
    public ActorType type() {
        return type;
    }

    /** Organisation key. */
    public String organisation() {
        return organisation;
    }

    /** The doctrine it trains host institutions in. */
    public String doctrine() {
        return doctrine;
    }

    /** Districts where it is present, in district order. */
    public List<District> presence() {
        return presenceView;
    }

    /** True if present in a district. */
    public boolean isPresentIn(District d) {
        return d.index() < present.length && present[d.index()];
    }

    /** A count of the changes to its presence so far: while it stays the same, so does the presence. */
    public int presenceRevision() {
        return presenceRevision;
    }

    /** True if present in some district of a country. */
    public boolean isPresentIn(Country c) {
        return c.index() < districtsByCountry.length && districtsByCountry[c.index()] > 0;
    }

    /** True if the two actors are present in a common country. */
    public boolean sharesCountryWith(Actor other) {
        int n = Math.min(districtsByCountry.length, other.districtsByCountry.length);
        for (int c = 0; c < n; c++) {
            if (districtsByCountry[c] > 0 && other.districtsByCountry[c] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Nominal effort units per step (as last set by its schedule, if it has one). */
    public double nominalCapacity() {
        return nominalCapacity;
    }

    /** Its mandate. */
    public Mandate mandate() {
        return mandate;
    }

    /** True if it holds an executive mandate. */
    public boolean isExecutive() {
        return executive;
    }

    /** How it is funded. */
    public Funding funding() {
        return funding;
    }

    /** Its deployment. */
    public DeploymentSpec deployment() {
        return deployment;
    }

    /** Its sensing. */
    public SensingSpec sensing() {
        return sensing;
    }

    /** Planning horizon in steps. */
    public int horizon() {
        return horizon;
    }

    /** Steps between re-plans. */
    public int replanInterval() {
        return replanInterval;
    }

    /** Its beliefs about needs and threats. */
    public Beliefs beliefs() {
        return beliefs;
    }

    /** Its beliefs about the capture of host institutions. */
    public CaptureBeliefs captureBeliefs() {
        return captureBeliefs;
    }

    /** Believed capture of an institution of a country, 0-1. */
    public double believedCapture(Country country, Institution institution) {
        return captureBeliefs.capture(country.index(), institution);
    }

    /**
     * The believed capture above which it withholds indirect support from a host institution (<i>Fit for
     * Purpose</i> ch. 6, recommendation 7: conditionalities); 1: never.
     */
    public double conditionality() {
        return conditionality;
    }

    /** Effort it left unspent at its last planning or repeat of a plan. */
    public double heldBack() {
        return heldBack;
    }

    /** Money it has banked for later in its funding cycle (0 for actors whose effort is staff time). */
    public double bank() {
        return bank;
    }

    /** What it knows of others' activities. */
    public KnownActivities known() {
        return known;
    }

    /** This step's guidance from coordination mechanisms. */
    public Guidance guidance() {
        return guidance;
    }

    /** Its plan for the current step. */
    public Plan currentPlan() {
        return plan;
    }

    /** The plan it last carried out, or null. */
    public Plan lastPlan() {
        return lastPlan;
    }

    /** Where it is in its life. */
    public Status status() {
        return status;
    }

    /** True while deployed and not closed. */
    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    @Override
    public String toString() {
        return id;
    }
}
