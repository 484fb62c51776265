package org.constellation.model.agents;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.belief.Beliefs;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.Guidance;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.InstitutionState;
import org.constellation.model.world.NeedField;

/**
 * What a unit of indirect support leaves behind: the capacity it builds in a host institution, valued by
 * the need the host will resolve with it over the actor's horizon, from the actor's beliefs. It is computed
 * once per planning pass for each country where the actor is present and each institution, and follows
 * the model's own mechanics, to first order:
 * <ul>
 * <li>an absorbed, undiverted unit raises the institution's capacity by {@code effects.capacity_building}
 * x (1 - capacity) (the diversion, 1 - believed capture, is applied by the valuation), and the gain decays
 * as capacity does ({@code host.capacity_decay} + {@code host.brain_drain} x the international capacity in
 * the country): it persists with rho = 1 - that rate per step;</li>
 * <li><i>resolving</i>: the host removes resolution_c x presence x functioning(institution) x willingness
 * x (1 - capture) of a need each step, for the challenges the institution resolves, so a unit of
 * capacity is worth, per step, the sum over the country's cells of weight x resolution_c x believed need x
 * presence x (1 - doctrine penalty x incoherence) x willingness x (1 - believed capture);</li>
 * <li><i>reach</i> (security forces, police, governance): state presence moves, at
 * {@code host.state_presence_rate} r a step, towards its structural level x reach / initial reach x
 * control, so a unit of capacity moves the long-run presence of each district by structural presence x
 * control (from the believed group strength) x coherence x willingness / (3 x initial reach), and with it
 * the host's resolution of every challenge there;</li>
 * <li><i>justice</i>: capture recedes by {@code groups.capture_recovery} x functioning(justice) x scrutiny x
 * capture a step, so a unit of justice capacity lowers the believed capture of each resolving institution
 * by recovery x scrutiny x coherence x capture a step, and the host resolves more of every challenge.</li>
 * <li><i>the host's own work</i> ({@code planning.host_effort_channel}): the host's forces and services act
 * through the institution with effectiveness (floor + (1 - floor) x functioning) x (1 - capture), so a unit of
 * capacity adds (1 - floor) x coherence x (1 - believed capture) of the effort they put on the challenges it
 * resolves, worth what that effort removes at the margin ({@link #hostWork}); it lasts like the capacity.</li>
 * </ul>
 * Flows are discounted as the valuation discounts effects, exp(-t / horizon), and count 10% after the
 * actor's announced departure: with q = x exp(-1 / horizon) and R the steps left, D(x) = (1 - 0.9 q^R) /
 * (1 - q). A lasting gain is worth D(rho) x its flow; a lagged one (presence, capture), pushed each step
 * by a push that decays like the capacity and relaxing by (1 - a) a step, is worth (D(rho) - D(a)) / (rho - a)
 * x its flow per unit push (presence: a = 1 - r, push r x the move of its target; capture: a = 1 - recovery x
 * functioning(justice) x scrutiny, ignoring the slower growth term). Doctrine incoherence an actor's
 * training adds is not anticipated. With {@code planning.capture_belief} 0 the actor expects no capture.
 */
final class LastingGain implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Institution> REACH = List.of(Institution.SECURITY_FORCES, Institution.POLICE,
            Institution.GOVERNANCE);

    private double[] perUnit = new double[0];
    private final double[] byPresence = new double[Challenge.COUNT];
    private final double[] byStructure = new double[Challenge.COUNT];
    private final double[] byNeed = new double[Challenge.COUNT];
    private final double[] priority = new double[Challenge.COUNT];
    private final double[] resolution = new double[Challenge.COUNT];
    private ActivityValuation valuation;
    private final double[] coherence = new double[Institution.COUNT];

    /** Computes the value per unit of support to each institution of each country where the actor is present. */
    void prepare(Actor actor, Constellation m, ActivityValuation owner) {
        valuation = owner;
        int countries = m.region().countries().size();
        if (perUnit.length != countries * Institution.COUNT) {
            perUnit = new double[countries * Institution.COUNT];
        }
        Arrays.fill(perUnit, 0);
        boolean[] done = new boolean[countries];
        for (District d : actor.presence()) {
            if (!done[d.country().index()]) {
                done[d.country().index()] = true;
                compute(actor, m, d.country());
            }
        }
    }

    /** Value of the capacity one absorbed, undiverted unit of support leaves in an institution. */
    double perUnit(Country country, Institution institution) {
        return perUnit[country.index() * Institution.COUNT + institution.ordinal()];
    }

    private void compute(Actor actor, Constellation m, Country country) {
        ModelParameters p = m.parameters();
        HostGovernment host = m.host(country);
        double willingness = host.willingness();
        sumCells(actor, m, country, host);
        double penalty = p.get(Parameters.DOCTRINE_PENALTY);
        for (Institution i : Institution.all()) {
            coherence[i.ordinal()] = 1 - penalty * country.institution(i).incoherence();
        }
        double rho = Math.max(0, 1 - p.get(Parameters.INSTITUTION_DECAY)
                - p.get(Parameters.BRAIN_DRAIN) * m.internationalCapacityIn(country));
        int horizon = actor.horizon();
        int left = actor.remainingSteps(m);
        boolean hostChannel = p.getInt(Parameters.HOST_EFFORT_CHANNEL) == 1 && host != actor;
        double lasting = discounted(rho, horizon, left);
        double presenceRate = p.get(Parameters.STATE_PRESENCE_RATE);
        double reachLag = presenceRate * lagged(rho, 1 - presenceRate, horizon, left);
        double reach0 = host.initialReach(m);
        double scrutiny = 1 + m.watchdogsIn(country);
        double recovery = p.get(Parameters.CAPTURE_RECOVERY) * scrutiny;
        double captureLag = lagged(rho, 1 - Math.min(1, recovery * functioning(country, Institution.JUSTICE)),
                horizon, left);
        double resolvedElsewhere = 0;
        double recoverable = 0;
        for (Challenge c : Challenge.all()) {
            Institution resolving = Institution.resolving(c);
            double free = 1 - valuation.expectedCapture(actor, country, resolving);
            double working = functioning(country, resolving) * willingness;
            resolvedElsewhere += byStructure[c.ordinal()] * working * free;
            recoverable += byPresence[c.ordinal()] * working * (1 - free);
        }
        for (Institution i : Institution.all()) {
            InstitutionState state = country.institution(i);
            double coherence = this.coherence[i.ordinal()];
            double resolving = 0;
            for (Challenge c : Challenge.all()) {
                if (Institution.resolving(c) == i) {
                    resolving += byPresence[c.ordinal()];
                }
            }
            double flow = resolving * coherence * willingness * (1 - valuation.expectedCapture(actor, country, i)) * lasting;
            if (REACH.contains(i) && reach0 > 0) {
                flow += resolvedElsewhere * coherence * willingness / (3 * reach0) * reachLag;
            }
            if (i == Institution.JUSTICE) {
                flow += recoverable * recovery * coherence * captureLag;
            }
            if (hostChannel) {
                flow += hostWork(actor, m, host, i) * coherence * (1 - valuation.expectedCapture(actor, country, i))
                        * lasting;
            }
            perUnit[country.index() * Institution.COUNT + i.ordinal()] = p.get(Parameters.CAPACITY_BUILDING)
                    * (1 - state.capacity()) * flow;
        }
    }

    /**
     * The worth, per step, of the host's own work through an institution per unit of its functioning: the
     * host's forces and services act with effectiveness (floor + (1 - floor) x functioning) x (1 - capture)
     * ({@link HostGovernment#effectiveness}), so a unit of functioning adds (1 - floor) x (1 - capture) of their
     * nominal effort (coherence and capture are applied by the caller). The actor sees the host's effort in
     * outline only (its size and its own priorities, which are public; not its plans): its effort on a
     * challenge, N = capacity x priority / sum of priorities, spread evenly over its districts, each cell's
     * effective effort x = N x effectiveness / districts; one more effective unit there removes
     * efficacy(direct, consequences) x exp(-x / S) / S of the believed need (the cell's marginal response),
     * worth the actor's weight on it. Summed over the challenges the institution resolves.
     */
    private double hostWork(Actor actor, Constellation m, HostGovernment host, Institution institution) {
        ModelParameters p = m.parameters();
        double priorities = 0;
        for (Challenge c : Challenge.all()) {
            priorities += host.ownPriority(c);
        }
        int districts = host.country().districts().size();
        if (priorities <= 0 || districts == 0) {
            return 0;
        }
        double floor = p.get(Parameters.HOST_EFFECTIVENESS_FLOOR);
        double saturation = m.valuation().cells().saturation();
        double efficacy = m.valuation().cells().efficacy(Mode.DIRECT, Target.CONSEQUENCES);
        double effectiveness = (floor + (1 - floor) * functioning(host.country(), institution))
                * (1 - valuation.expectedCapture(actor, host.country(), institution));
        double work = 0;
        for (Challenge c : Challenge.all()) {
            if (Institution.resolving(c) == institution) {
                double effort = host.capacity(m) * host.ownPriority(c) / priorities / districts;
                work += byNeed[c.ordinal()] * efficacy * Math.exp(-effort * effectiveness / saturation) / saturation
                        * effort * (1 - floor);
            }
        }
        return work;
    }

    /** As {@link HostGovernment#functioning}: capacity x coherence (computed once per country and pass). */
    private double functioning(Country country, Institution institution) {
        return country.institution(institution).capacity() * coherence[institution.ordinal()];
    }

    /**
     * Per challenge, over the country's districts: weight x resolution x believed need, times state presence
     * ({@link #byPresence}) and times structural presence x control ({@link #byStructure}).
     */
    private void sumCells(Actor actor, Constellation m, Country country, HostGovernment host) {
        ModelParameters p = m.parameters();
        Arrays.fill(byPresence, 0);
        Arrays.fill(byStructure, 0);
        Arrays.fill(byNeed, 0);
        for (Challenge c : Challenge.all()) {
            priority[c.ordinal()] = actor.priority(c, m);
            resolution[c.ordinal()] = p.get(Parameters.resolution(c));
        }
        double scale = p.get(Parameters.CONTROL_SCALE);
        Beliefs beliefs = actor.beliefs();
        Guidance guidance = actor.guidance();
        List<District> districts = country.districts();
        for (int k = 0; k < districts.size(); k++) {
            District d = districts.get(k);
            double control = scale / (scale + beliefs.threat(d.index()));
            double structure = host.structuralPresence(k) * control;
            double presence = d.statePresence();
            int first = NeedField.cell(d.index(), Challenge.all().get(0));
            for (int c = 0; c < Challenge.COUNT; c++) {
                int cell = first + c;
                double weighted = priority[c] * guidance.cell(cell) * beliefs.need(cell);
                double base = weighted * resolution[c];
                byNeed[c] += weighted;
                byPresence[c] += base * presence;
                byStructure[c] += base * structure;
            }
        }
    }

    /** Sum over t = 0, 1, ... of x^t exp(-t / horizon), weighted 1 before the departure, 0.1 after. */
    static double discounted(double x, int horizon, int left) {
        double q = x * Math.exp(-1.0 / Math.max(1, horizon));
        double after = left == Integer.MAX_VALUE ? 0 : Math.pow(q, left);
        return (1 - (1 - ActivityValuation.AFTER_DEPARTURE) * after) / (1 - q);
    }

    /**
     * Discounted sum of a stock that keeps a share a of itself each step and is pushed by rho^t at step t:
     * (D(rho) - D(a)) / (rho - a).
     */
    static double lagged(double rho, double a, int horizon, int left) {
        double other = Math.abs(rho - a) < 1e-6 ? a - 1e-6 : a;
        return (discounted(rho, horizon, left) - discounted(other, horizon, left)) / (rho - other);
    }
}
