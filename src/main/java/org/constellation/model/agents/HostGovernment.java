package org.constellation.model.agents;

import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
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
    private double capture;
    private double consent;
    private double illicitRevenue;
    private double initialReach = -1;
    private double[] structuralPresence;

    public HostGovernment(Profile profile, Country country, double willingness, double capture, double consent,
            double[] priorities, boolean nationalStrategy) {
        super(profile);
        this.country = country;
        this.willingness = willingness;
        this.capture = capture;
        this.consent = consent;
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

    /** Capture of its institutions by illicit interests, 0-1. */
    public double capture() {
        return capture;
    }

    /**
     * Capture of one of its institutions, 0-1: what a captured state diverts of the support that institution
     * absorbs. One number for every institution for now; everything that reads capture for an institution
     * reads it here.
     */
    public double capture(Institution institution) {
        return capture;
    }

    /** Consent to the international presence, 0-1. */
    public double consent() {
        return consent;
    }

    /** True if it has a national strategic plan. */
    public boolean hasNationalStrategy() {
        return nationalStrategy;
    }

    /** True while consent is above the threshold at which missions keep access. */
    public boolean hasConsented(Constellation m) {
        return consent >= m.parameters().get(Parameters.CONSENT_THRESHOLD);
    }

    /** Sets willingness and consent (a coup or change of government); NaN leaves a value unchanged. */
    public void change(double newWillingness, double newConsent) {
        if (!Double.isNaN(newWillingness)) {
            willingness = clamp(newWillingness);
        }
        if (!Double.isNaN(newConsent)) {
            consent = clamp(newConsent);
        }
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
        Institution resolving = Institution.resolving(c);
        return d.statePresence() * functioning(resolving, m) * willingness * (1 - capture(resolving));
    }

    @Override
    protected void onDeploy(Constellation m) {
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
     * WORLD phase: capture, state presence and institutions evolve. Capture grows with illicit
     * revenue (saturating) and the diverted assistance kept by the captured elite, and recedes with
     * a functioning justice sector under civil-society scrutiny. State presence in each district moves
     * towards its structural level (its level at the start) scaled by how the state's reach has changed
     * since the start, and cut where groups control the district.
     */
    public void govern(Constellation m) {
        ModelParameters p = m.parameters();
        double justice = functioning(Institution.JUSTICE, m);
        double scrutiny = 1 + m.watchdogsIn(country);
        double revenue = illicitRevenue + m.accounts().diverted(country.index())
                * (1 - p.get(Parameters.DIVERSION_TO_GROUPS)) * p.get(Parameters.DIVERSION_VALUE);
        capture = clamp(capture + p.get(Parameters.CAPTURE_RATE) * revenue / (revenue + 1) * (1 - capture)
                - p.get(Parameters.CAPTURE_RECOVERY) * justice * scrutiny * capture);
        illicitRevenue = 0;
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
