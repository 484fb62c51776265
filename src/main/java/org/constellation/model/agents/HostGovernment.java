package org.constellation.model.agents;

import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.InfoKind;
import org.constellation.model.Institution;
import org.constellation.model.Message;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.InstitutionState;

/**
 * A host government (<i>Fit for Purpose</i> ch. 4, "Host government"): it has responsibility for
 * every challenge on its territory but may be unable (capacity of its institutions), unwilling
 * (willingness), or captured by illicit interests ("mafia bazars"); it has its own priorities
 * (armed groups first), gives or withdraws consent, and may have a national strategy partners can
 * align to. Its own forces and services act like any actor, through its institutions, so capture
 * and weak institutions blunt them. Each step it also governs: capture grows with illicit revenue
 * and recedes under a capable justice sector and civil-society scrutiny; state presence follows
 * what its institutions and armed-group control allow; institutions erode without support and lose
 * staff to international employers (brain drain).
 */
public final class HostGovernment extends Actor {

    private static final long serialVersionUID = 1L;

    private final Country country;
    private final double[] priorities = new double[Challenge.COUNT];
    private final boolean nationalStrategy;
    private double willingness;
    private double willingnessBase;
    private final double[] capture = new double[Institution.COUNT];
    private final double startCapture;
    private double consent;
    private double consentBase;
    private HostPolitics politics;
    private ConsentWithdrawal withdrawal;
    private double illicitRevenue;
    private double initialReach = -1;
    private double[] structuralPresence;

    /**
     * @param capture starting capture of each institution, in {@link Institution} order
     */
    public HostGovernment(Profile profile, Country country, double willingness, double[] capture, double consent,
            double[] priorities, boolean nationalStrategy) {
        super(profile);
        this.country = country;
        this.willingness = willingness;
        this.willingnessBase = willingness;
        System.arraycopy(capture, 0, this.capture, 0, Institution.COUNT);
        this.startCapture = capture();
        this.consent = consent;
        this.consentBase = consent;
        this.nationalStrategy = nationalStrategy;
        System.arraycopy(priorities, 0, this.priorities, 0, Challenge.COUNT);
    }

    /** Its country. */
    public Country country() {
        return country;
    }

    /** Political will, 0-1. */
    public double willingness() {
        return willingness;
    }

    /** Mean capture of its institutions by illicit interests, 0-1. */
    public double capture() {
        double total = 0;
        for (double c : capture) {
            total += c;
        }
        return total / capture.length;
    }

    /**
     * Capture of one of its institutions, 0-1: what it diverts of the support it absorbs, and how far the groups
     * it polices are tied to the regime; everything that reads capture for an institution reads it here.
     */
    public double capture(Institution institution) {
        return capture[institution.ordinal()];
    }

    /** Consent to the international presence, 0-1 (to a given partner: {@link #consentTo}). */
    public double consent() {
        return consent;
    }

    /**
     * Consent to one partner, 0-1: its consent, raised or lowered by how much better or worse the partner's terms
     * suit it than the average partner's in the country (it plays partners off against each other); to a mission's
     * component, its consent to the mission.
     */
    public double consentTo(Actor partner, Constellation m) {
        return politics == null ? consent : clamp(consent + politics.preference(partner.whole(), m));
    }

    /** True if it has withdrawn its consent to a mission (which then draws down and leaves). */
    public boolean hasWithdrawn(Actor mission) {
        return withdrawal != null && withdrawal.hasWithdrawn(mission);
    }

    /** True if it has a national strategic plan. */
    public boolean hasNationalStrategy() {
        return nationalStrategy;
    }

    /**
     * True while a mission may work in the country: always, unless the host has withdrawn its consent to it and
     * the notice has run out (during the notice it keeps the districts it has not left yet).
     */
    public boolean admits(Actor mission, Constellation m) {
        if (withdrawal == null || !withdrawal.hasWithdrawn(mission)) {
            return true;
        }
        return m.step() < withdrawal.withdrawnAt(mission) + m.parameters().getInt(Parameters.WITHDRAWAL_NOTICE);
    }

    /**
     * Sets willingness and consent (a coup or change of government); NaN leaves a value unchanged. The new
     * values are the new government's own: its stance moves around them from now on.
     */
    public void change(double newWillingness, double newConsent) {
        if (!Double.isNaN(newWillingness)) {
            willingness = clamp(newWillingness);
            willingnessBase = willingness;
        }
        if (!Double.isNaN(newConsent)) {
            consent = clamp(newConsent);
            consentBase = consent;
        }
    }

    /** Its own willingness and consent before this step's politics, as the scenario or its last change set them. */
    double[] baseStance() {
        return new double[] {willingnessBase, consentBase};
    }

    /** The mean capture of its institutions when the run began. */
    double startCapture() {
        return startCapture;
    }

    /** Adds illicit revenue earned by groups in the country this step (drives capture). */
    public void addIllicitRevenue(double amount) {
        illicitRevenue += amount;
    }

    @Override
    public double priority(Challenge c, Constellation m) {
        return ownPriority(c);
    }

    /** Its own priority on a challenge, 0-1 (armed groups first, by default). */
    public double ownPriority(Challenge c) {
        return priorities[c.ordinal()];
    }

    @Override
    public double capacity(Constellation m) {
        return super.capacity(m) * willingness;
    }

    /** Its forces and services work through its institutions: weak, incoherent or captured ones blunt them. */
    @Override
    public double effectiveness(int activity, int district, Constellation m) {
        Challenge c = m.catalogue().get(activity).challenge();
        double floor = m.parameters().get(Parameters.HOST_EFFECTIVENESS_FLOOR);
        Institution resolving = Institution.resolving(c);
        return (floor + (1 - floor) * functioning(resolving, m)) * (1 - capture(resolving));
    }

    /** How well an institution functions, after the doctrine-incoherence penalty. */
    public double functioning(Institution institution, Constellation m) {
        InstitutionState s = country.institution(institution);
        return s.capacity() * (1 - m.parameters().get(Parameters.DOCTRINE_PENALTY) * s.incoherence());
    }

    /**
     * The host's power to resolve a challenge by itself in a district: state presence times the
     * functioning of the resolving institution, willingness and freedom from capture.
     */
    public double resolvingPower(District d, Challenge c, Constellation m) {
        return resolvingPower(d, c, capture(Institution.resolving(c)), m);
    }

    /** The same with a given capture of the resolving institution (an actor's belief of it). */
    public double resolvingPower(District d, Challenge c, double capture, Constellation m) {
        return d.statePresence() * functioning(Institution.resolving(c), m) * willingness * (1 - capture);
    }

    /**
     * Intelligence shared with the host reaches the institution that polices each group it names; where that
     * institution is captured the report can leak to the groups tied to it ({@link ArmedGroup#warn}).
     */
    @Override
    public void receive(Message message, Constellation m) {
        super.receive(message, m);
        if (message.kind() == InfoKind.INTEL) {
            IntelligenceLeaks.leak(this, (Message.ThreatReport) message.payload(), m);
        }
    }

    @Override
    protected void onDeploy(Constellation m) {
        politics = new HostPolitics(m.actors().size());
        withdrawal = new ConsentWithdrawal(m.actors().size());
        structuralPresence = new double[country.districts().size()];
        for (int i = 0; i < structuralPresence.length; i++) {
            structuralPresence[i] = country.districts().get(i).statePresence();
        }
    }

    /** The state presence of the district at this position in its country's list when the run began. */
    public double structuralPresence(int position) {
        return structuralPresence == null ? country.districts().get(position).statePresence()
                : structuralPresence[position];
    }

    /** The state's reach when the run began (its reach now before the first WORLD phase). */
    public double initialReach(Constellation m) {
        return initialReach < 0 ? reach(m) : initialReach;
    }

    /** How far the state's security, police and administration reach: their functioning times willingness. */
    public double reach(Constellation m) {
        return (functioning(Institution.SECURITY_FORCES, m) + functioning(Institution.POLICE, m)
                + functioning(Institution.GOVERNANCE, m)) / 3 * willingness;
    }

    /**
     * WORLD phase: capture, consent, willingness, state presence and institutions evolve. Capture of each
     * institution grows with illicit revenue (saturating) and the diverted assistance kept by the captured
     * elite, and recedes with a functioning justice sector under civil-society scrutiny. Consent and
     * willingness respond to what partners did this step ({@link HostPolitics}); a mission the host no longer
     * consents to is withdrawn: it draws down through a notice period, then must leave ({@link
     * ConsentWithdrawal}). State presence in each district moves
     * towards its structural level (its level at the start) scaled by how the state's reach has changed
     * since the start, and cut where groups control the district.
     */
    public void govern(Constellation m) {
        ModelParameters p = m.parameters();
        double justice = functioning(Institution.JUSTICE, m);
        double scrutiny = 1 + m.watchdogsIn(country);
        double revenue = illicitRevenue + m.accounts().diverted(country.index())
                * (1 - p.get(Parameters.DIVERSION_TO_GROUPS)) * p.get(Parameters.DIVERSION_VALUE);
        for (int i = 0; i < capture.length; i++) {
            capture[i] = clamp(capture[i] + p.get(Parameters.CAPTURE_RATE) * revenue / (revenue + 1) * (1 - capture[i])
                    - p.get(Parameters.CAPTURE_RECOVERY) * justice * scrutiny * capture[i]);
        }
        illicitRevenue = 0;
        double[] stance = politics.update(this, m);
        willingness = stance[0];
        consent = stance[1];
        withdrawal.step(this, m);
        double reach = reach(m);
        if (initialReach < 0) {
            initialReach = reach;
        }
        double relative = initialReach <= 0 ? 1 : reach / initialReach;
        double rate = p.get(Parameters.STATE_PRESENCE_RATE);
        double scale = p.get(Parameters.CONTROL_SCALE);
        List<District> districts = country.districts();
        for (int i = 0; i < districts.size(); i++) {
            District d = districts.get(i);
            double s = m.groupStrengthIn(d.index());
            double target = structuralPresence[i] * relative * (scale / (scale + s));
            d.setStatePresence(d.statePresence() + rate * (target - d.statePresence()));
        }
        double decay = p.get(Parameters.INSTITUTION_DECAY)
                + p.get(Parameters.BRAIN_DRAIN) * m.internationalCapacityIn(country);
        double fade = p.get(Parameters.DOCTRINE_DECAY);
        for (Institution i : Institution.all()) {
            InstitutionState s = country.institution(i);
            s.setCapacity(s.capacity() * (1 - decay));
            s.fadeImprints(fade);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
