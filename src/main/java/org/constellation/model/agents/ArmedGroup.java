package org.constellation.model.agents;

import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.spec.GroupKind;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A criminal or armed group. Each step (the ADVERSARIES phase) it loses strength to the enforcement
 * pressure on it; grows where needs go unmet and the state is absent; earns illicit revenue from
 * its markets and from assistance diverted by a captured state, which buys strength and captures
 * the host's institutions; and moves to a neighbouring district, across a border too, when that is
 * more attractive (more opportunity, less enforcement, fewer rival groups). Groups exploit
 * unmet needs and absent states (<i>Fit for Purpose</i> ch. 3); criminal structures seek to capture
 * institutions (<i>Human Trafficking and UN Peacekeeping</i>, "Issue", para 6) and, left untouched,
 * "criminalize the state" (<i>Multilateral Peace Operations and the Challenges of Organized Crime</i>,
 * section IV). A group may be tied to the regime (officials who protect it); intelligence shared with the
 * captured institution that polices it can warn it (ODD 7.9). Moving away from enforcement, across borders too, is this model's assumption: the
 * sources call the challenges transnational but describe no displacement mechanism.
 */
public final class ArmedGroup implements Steppable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String id;
    private final String name;
    private final GroupKind kind;
    private final double regimeTies;
    private int location;
    private double strength;
    private double revenue;
    private int moves;
    private int borderCrossings;
    private int warnedUntil = -1;
    private int leaks;

    public ArmedGroup(int index, String id, String name, GroupKind kind, int location, double strength) {
        this(index, id, name, kind, location, strength, Double.NaN);
    }

    /** @param regimeTies its ties to the regime, 0-1; NaN: the capture of the institution that polices it */
    public ArmedGroup(int index, String id, String name, GroupKind kind, int location, double strength,
            double regimeTies) {
        this.index = index;
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.location = location;
        this.strength = strength;
        this.regimeTies = regimeTies;
    }

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        if (strength <= 0) {
            return;
        }
        ModelParameters p = m.parameters();
        District here = m.region().district(location);
        double pressure = pressureIn(location, m);
        double opportunity = opportunity(location, m);
        double lost = strength * Math.min(0.9, p.get(Parameters.ENFORCEMENT_EFFECT) * pressure)
                * (isWarned(m) ? 1 - p.get(Parameters.LEAK_SHIELD) : 1);
        double carrying = p.get(Parameters.GROUP_CARRYING) * opportunity + 1e-3;
        double growth = p.get(Parameters.GROUP_GROWTH) * strength * (1 - m.groupStrengthIn(location) / carrying);
        revenue = p.get(Parameters.REVENUE_RATE) * strength * market(location, m) * (1 - here.statePresence())
                + divertedShare(m);
        strength += growth - lost - p.get(Parameters.GROUP_ATTRITION) * strength
                + p.get(Parameters.REVENUE_TO_STRENGTH) * revenue;
        m.host(here.country()).addIllicitRevenue(revenue);
        if (strength < 0.01) {
            strength = 0;
            return;
        }
        move(m, attractiveness(location, m));
    }

    /**
     * How attractive a district is to the group: its opportunity, less what enforcement there and
     * the other groups already in it (competition for the same markets) take away.
     */
    private double attractiveness(int district, Constellation m) {
        ModelParameters p = m.parameters();
        double others = m.groupStrengthIn(district) - (district == location ? strength : 0);
        double aversion = p.get(Parameters.ENFORCEMENT_AVERSION) * (isWarned(m) ? p.get(Parameters.LEAK_AVERSION) : 1);
        return opportunity(district, m) - aversion * pressureIn(district, m) - others / p.get(Parameters.GROUP_CARRYING);
    }

    private void move(Constellation m, double current) {
        ModelParameters p = m.parameters();
        District here = m.region().district(location);
        int best = -1;
        double bestValue = current;
        for (int k = 0; k < here.degree(); k++) {
            double value = attractiveness(here.neighbour(k), m);
            if (value > bestValue) {
                best = k;
                bestValue = value;
            }
        }
        if (best < 0) {
            return;
        }
        double gain = bestValue - current - p.get(Parameters.MOVE_COST);
        if (gain <= 0) {
            return;
        }
        double chance = 1 - Math.exp(-p.get(Parameters.MOVE_SENSITIVITY) * here.weight(best) * gain);
        if (m.random.nextDouble() < chance) {
            boolean crossing = here.crossesBorder(best);
            m.accounts().addDisplacement(strength, crossing);
            location = here.neighbour(best);
            moves++;
            if (crossing) {
                borderCrossings++;
            }
        }
    }

    /** Enforcement pressure on this kind of group in a district this step. */
    public double pressureIn(int district, Constellation m) {
        double total = 0;
        for (Challenge c : Challenge.all()) {
            double w = kind.pressedBy(c);
            if (w > 0) {
                total += w * m.accounts().pressure(NeedField.cell(district, c));
            }
        }
        return total;
    }

    /**
     * What a district offers the group, 0-1: the unmet need of its markets, where the state is absent
     * (<i>Fit for Purpose</i> ch. 3: armed groups exploit the absence or weak presence of the state).
     */
    public double opportunity(int district, Constellation m) {
        return market(district, m) * (1 - m.region().district(district).statePresence());
    }

    private double market(int district, Constellation m) {
        double weighted = 0;
        double weights = 0;
        for (Challenge c : Challenge.all()) {
            double w = kind.market(c);
            weighted += w * m.needs().need(district, c);
            weights += w;
        }
        return weights == 0 ? 0 : weighted / weights;
    }

    private double divertedShare(Constellation m) {
        var country = m.region().district(location).country();
        double diverted = m.accounts().diverted(country.index()) * m.parameters().get(Parameters.DIVERSION_TO_GROUPS)
                * m.parameters().get(Parameters.DIVERSION_VALUE);
        double total = m.groupStrengthIn(country);
        return total <= 0 ? 0 : diverted * strength / total;
    }

    /**
     * How far it is tied to the regime, 0-1: as the scenario gives it; else none for a jihadist group (it fights
     * the regime); else as far as the host institution that polices it (the one resolving the challenge whose
     * enforcement presses it most) is captured where it is now.
     */
    public double ties(Constellation m) {
        if (!Double.isNaN(regimeTies)) {
            return regimeTies;
        }
        if (kind == GroupKind.JIHADIST) {
            return 0;
        }
        return m.host(m.region().district(location).country()).capture(policedBy());
    }

    /** The host institution that polices it: the one resolving the challenge whose enforcement presses it most. */
    public Institution policedBy() {
        Challenge most = Challenge.TERRORISM;
        for (Challenge c : Challenge.all()) {
            if (kind.pressedBy(c) > kind.pressedBy(most)) {
                most = c;
            }
        }
        return Institution.resolving(most);
    }

    /**
     * A leaked report warns it until a step: while warned it loses {@code groups.leak_shield} less to enforcement
     * and keeps twice as far from it.
     */
    public void warn(int until) {
        warnedUntil = Math.max(warnedUntil, until);
        leaks++;
    }

    /** Leaked reports that have reached it so far. */
    public int leaks() {
        return leaks;
    }

    /** True while a leaked report warns it. */
    public boolean isWarned(Constellation m) {
        return m.step() <= warnedUntil;
    }

    /** Adds strength (a surge). */
    public void reinforce(double amount) {
        strength = Math.max(0, strength + amount);
    }

    /** Position in the model's group list. */
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

    /** Kind of group. */
    public GroupKind kind() {
        return kind;
    }

    /** Index of the district it is in. */
    public int location() {
        return location;
    }

    /** Current strength. */
    public double strength() {
        return strength;
    }

    /** Revenue earned in the last step. */
    public double revenue() {
        return revenue;
    }

    /** Times it has moved. */
    public int moves() {
        return moves;
    }

    /** Times it has crossed a border. */
    public int borderCrossings() {
        return borderCrossings;
    }

    @Override
    public String toString() {
        return id;
    }
}
