package org.constellation.model.agents;

import java.io.Serializable;
import org.constellation.model.CellResponse;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * What one unit of an activity in a district is worth to an actor, from what the actor believes and
 * wants. An option's worth has two parts. Its <b>effect</b> on the need cell, before diminishing returns
 * (the planner applies those through {@link CellResponse}):
 * <pre>
 *   value = weight x base x horizon discount
 *   weight   = the actor's priority on the challenge x mechanism guidance on the cell and activity
 *   base     = believed need x efficacy           (consequences)
 *            = believed need x efficacy x driver worth (drivers: they keep feeding the need while the
 *                lowering lasts, {@link #driverWorth})
 *              + threat weight x efficacy x (believed group strength + anticipation x the largest
 *                believed strength next door), for enforcement, and for intelligence if the actor's
 *                mandate allows enforcement (intelligence is worth the pressure it guides; the
 *                driver value does not multiply this term: pressure on a group is not a driver)
 *              x state presence x host willingness x (1 - believed capture), for indirect activities
 *                (they act through the host, and a captured institution diverts a share)
 *            the need term x the host's believed resolving power, for work a non-executive mission does
 *                through the host ({@link Actor#actsThroughHost}; its effect is that power, {@link Mission})
 *            = the actor's own harm rate x its horizon (inside-the-fence work)
 *   discount = exp(-time to effect / horizon), and x 0.1 if the effect comes after the actor leaves
 * </pre>
 * and, for indirect activities, the <b>lasting</b> capacity it leaves in the host institution
 * ({@link LastingGain}), x the same guidance and (1 - believed capture). An actor with a conditionality
 * gives an institution nothing while it believes its capture is above it. What an actor leaves is known
 * only from an announced end ({@link Actor#remainingSteps}). Short-lived missions therefore favour
 * consequences and long-lived agencies drivers and institutions, without the model saying so
 * (<i>Fit for Purpose</i> ch. 3, "Other organizations in a better position").
 */
public final class ActivityValuation implements Serializable {

    /** Weight of effects an actor expects after its announced departure. */
    static final double AFTER_DEPARTURE = 0.1;

    private final CellResponse cells;
    private final double[] delay = new double[4];
    private final double quickFactor;
    private final double driverValue;
    private final double driverPersistence;
    private final double[] outflow = new double[Challenge.COUNT];
    private final double[] resolution = new double[Challenge.COUNT];
    private final double threatWeight;
    private final double anticipation;
    private final double lastingWeight;
    private final boolean seesCapture;
    private final LastingGain lasting = new LastingGain();
    private final ValuationPass pass = new ValuationPass();

    public ActivityValuation(ModelParameters p) {
        cells = new CellResponse(p);
        delay[slot(Mode.DIRECT, Target.CONSEQUENCES)] = p.get(Parameters.DELAY_DIRECT_CONSEQUENCES);
        delay[slot(Mode.DIRECT, Target.DRIVERS)] = p.get(Parameters.DELAY_DIRECT_DRIVERS);
        delay[slot(Mode.INDIRECT, Target.CONSEQUENCES)] = p.get(Parameters.DELAY_INDIRECT_CONSEQUENCES);
        delay[slot(Mode.INDIRECT, Target.DRIVERS)] = p.get(Parameters.DELAY_INDIRECT_DRIVERS);
        quickFactor = p.get(Parameters.QUICK_DELAY_FACTOR);
        driverValue = p.get(Parameters.DRIVER_VALUE);
        driverPersistence = 1 - p.get(Parameters.DRIVER_REVERSION);
        for (Challenge c : Challenge.all()) {
            outflow[c.ordinal()] = p.get(Parameters.decay(c));
            resolution[c.ordinal()] = p.get(Parameters.resolution(c));
        }
        threatWeight = p.get(Parameters.THREAT_WEIGHT);
        anticipation = p.get(Parameters.ANTICIPATION);
        lastingWeight = p.get(Parameters.LASTING_WEIGHT);
        seesCapture = p.getInt(Parameters.CAPTURE_BELIEF) == 1;
    }

    /**
     * The threat term of enforcement and intelligence activities in a district: the believed group
     * strength there plus anticipation x the largest believed in a neighbouring district. It depends
     * only on the actor's beliefs, so a planner computes it once per district.
     */
    public double threat(Actor actor, District d) {
        return actor.beliefs().threat(d.index()) + anticipation * neighbourThreat(actor, d);
    }

    private static double neighbourThreat(Actor actor, District d) {
        double max = 0;
        for (int k = 0; k < d.degree(); k++) {
            max = Math.max(max, actor.beliefs().threat(d.neighbour(k)));
        }
        return max;
    }

    private static int slot(Mode mode, Target target) {
        return mode.ordinal() * 2 + target.ordinal();
    }

    /** How a need cell responds to effort (diminishing returns across activity types). */
    public CellResponse cells() {
        return cells;
    }

    /** Largest share of a need (or driver) a saturated activity of this type removes per step. */
    public double efficacy(ActivityType type) {
        return cells.efficacy(type);
    }

    /** Steps until an activity of this type takes effect. */
    public int delay(ActivityType type) {
        double d = delay[slot(type.mode(), type.target())];
        return (int) Math.round(type.has(ActivityFlag.QUICK) ? d * quickFactor : d);
    }

    /**
     * Prepares an actor's planning pass: the lasting value of support to each institution it can reach, and
     * what is the same for every option of the pass. {@link #value} and {@link #lasting} read what the last
     * call prepared: call it at the start of every pass.
     */
    public void prepare(Actor actor, Constellation m) {
        pass.prepare(actor, m, driverPersistence);
        lasting.prepare(actor, m, this);
    }

    /**
     * The value of one unit of this activity's effect on the cell to this actor (0 if pointless), given the
     * district's {@link #threat threat term}, before diminishing returns.
     */
    public double value(Actor actor, District d, ActivityType type, Constellation m, double threat) {
        pass.refresh(actor, m, driverPersistence);
        Challenge c = type.challenge();
        int cell = NeedField.cell(d.index(), c);
        boolean insideFence = type.has(ActivityFlag.INSIDE_FENCE);
        double weight = (insideFence ? 1 : pass.priority(c)) * actor.guidance().cell(cell)
                * guidance(actor, d, type) * support(actor, d, type);
        if (weight <= 0) {
            return 0;
        }
        int horizon = pass.horizon();
        if (insideFence) {
            return weight * actor.harmRate(d.index(), c, m) * Math.min(horizon, 24);
        }
        double need = actor.beliefs().need(cell);
        double base = need * efficacy(type) * (type.onDrivers() ? driverWorth(actor, d, c, m) : 1);
        if (actor.actsThroughHost(type)) {
            base *= believedResolvingPower(actor, d, c, m);
        }
        if (type.has(ActivityFlag.ENFORCEMENT) || type.has(ActivityFlag.INTELLIGENCE) && pass.enforces()) {
            base += threatWeight * threat * efficacy(type);
        }
        if (!type.isDirect()) {
            base *= CellResponse.mediation(d, m);
        }
        return weight * base * pass.discount(type, this);
    }

    /**
     * exp(-time to effect / horizon), x {@link #AFTER_DEPARTURE} if the effect comes at or after the end of
     * the actor's horizon or announced stay ({@code horizon}: the smaller of the two).
     */
    double discount(ActivityType type, int actorHorizon, int horizon) {
        int steps = delay(type);
        double discount = Math.exp(-(double) steps / Math.max(1, actorHorizon));
        if (steps >= horizon) {
            discount *= AFTER_DEPARTURE;
        }
        return discount;
    }

    /**
     * The value of the capacity one unit of this indirect activity leaves in its host institution (0 for
     * direct activities), as prepared for the actor's current planning pass, x {@code planning.lasting_weight};
     * it has no diminishing returns in the cell, only the institution's absorption. It is given in the units
     * of {@link #value}: {@link #value} x the cell's relative marginal response is S x the worth of what the
     * next unit removes (S: {@code effects.saturation}; {@link CellResponse#relativeMarginal}), so this is S x
     * the worth of the capacity one unit leaves.
     */
    public double lasting(Actor actor, District d, ActivityType type) {
        if (type.isDirect()) {
            return 0;
        }
        return lastingWeight * cells.saturation() * guidance(actor, d, type) * support(actor, d, type)
                * lasting.perUnit(d.country(), type.institution());
    }

    /**
     * The capture an actor expects of a host institution when it values support to it: its belief, or 0 when
     * {@code planning.capture_belief} switches the component off.
     */
    double expectedCapture(Actor actor, Country country, Institution institution) {
        if (!seesCapture) {
            return 0;
        }
        double kept = pass.capture(actor, country, institution);
        if (Double.isNaN(kept)) {
            kept = actor.believedCapture(country, institution);
            pass.keepCapture(actor, country, institution, kept);
        }
        return kept;
    }

    /**
     * What lowering a cell's driver by a share is worth, per the same share of its believed need: a driver
     * feeds the need each step with what, near balance, the need loses ((decay_c + resolution_c x the host's
     * believed resolving power) x need, as the WORLD phase has it), and the lowered driver relaxes back at
     * {@code drivers.reversion}, so the need it keeps from arising is that inflow's share summed over the
     * steps the lowering lasts, discounted over the actor's horizon as {@link LastingGain} discounts what
     * indirect work leaves, x {@code planning.driver_value}.
     */
    private double driverWorth(Actor actor, District d, Challenge c, Constellation m) {
        double kept = pass.driverWorth(d, c);
        if (!Double.isNaN(kept)) {
            return kept;
        }
        double inflow = outflow[c.ordinal()] + resolution[c.ordinal()] * believedResolvingPower(actor, d, c, m);
        double worth = driverValue * inflow * pass.driverDiscount();
        pass.keepDriverWorth(d, c, worth);
        return worth;
    }

    /**
     * The host's power to resolve a challenge in a district as the actor believes it: state presence x
     * functioning of the resolving institution x willingness x (1 - believed capture), the capture as
     * {@link #expectedCapture} (what {@link LastingGain} uses too; presence, functioning and willingness are
     * public). {@link HostGovernment#resolvingPower} with the actor's capture belief.
     */
    double believedResolvingPower(Actor actor, District d, Challenge c, Constellation m) {
        return m.host(d.country()).resolvingPower(d, c, expectedCapture(actor, d.country(), Institution.resolving(c)),
                m);
    }

    /** True if the actor's mandate allows some enforcement, the only use it can make of threat intelligence. */
    static boolean enforces(Actor actor, Constellation m) {
        for (int k = 0; k < actor.mandate().size(); k++) {
            if (m.catalogue().get(actor.mandate().allowedAt(k)).has(ActivityFlag.ENFORCEMENT)) {
                return true;
            }
        }
        return false;
    }

    private static double guidance(Actor actor, District d, ActivityType type) {
        return actor.guidance().activity(type.index()) * actor.guidance().districtActivity(d.index(), type.index());
    }

    /**
     * Of a unit of indirect support, the share the actor expects to reach the institution's work: 1 -
     * believed capture (the rest is diverted), or 0 while the believed capture is above the actor's
     * conditionality. 1 for direct activities.
     */
    private double support(Actor actor, District d, ActivityType type) {
        if (type.isDirect()) {
            return 1;
        }
        double capture = expectedCapture(actor, d.country(), type.institution());
        return capture > actor.conditionality() ? 0 : 1 - capture;
    }
}
