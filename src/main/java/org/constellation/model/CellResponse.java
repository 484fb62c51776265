package org.constellation.model;

import java.io.Serializable;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;

/**
 * How a need cell (a district and challenge; its need and its driver apart) responds to the effort put
 * on it in one step, whatever activity types carry it: diminishing returns are judged on the cell, so
 * doing more of the same, or something neighbouring on the same need, in the same place gains less and
 * less. This is the one definition of "how much effort saturates a cell", shared by the effects, the
 * planner and the metrics.
 *
 * <p>The work on a cell's target comes at two <i>levels</i>, one per mode: the largest share of the
 * need (or driver) it can remove in a step, its efficacy, times, for indirect work, the host's state
 * presence x willingness (it acts through the state). With the higher level H carried by effort E_H,
 * the lower L by E_L, and r(E) = 1 - exp(-E / S) (S: {@code effects.saturation}):
 * <pre>
 *   total share removed = H r(E_H) + L (r(E_H + E_L) - r(E_H)) = (H - L) r(E_H) + L r(E_H + E_L)
 * </pre>
 * The most effective work counts first: each level is credited its term, shared by its activity types
 * in proportion to their effort (equal levels share in proportion to effort). For one kind of work
 * this is efficacy x (1 - exp(-E / S)), as for one activity type before. The total is continuous,
 * increasing and concave in both efforts, never exceeds the higher level present, gains nothing from
 * spreading effort over activity types (splitting a catalogue row in two changes nothing), and
 * low-level work never lowers it. Its derivatives, ((H - L) r'(E_H) + L r'(E_H + E_L)) for the higher
 * level and L r'(E_H + E_L) for the lower, are what the planner's marginal score uses.
 *
 * <p>The metrics read the same definition ({@link #saturatingEffort}, {@link #reachedShare}): counting
 * the higher level first, each unit of work adds r'(E) of its level, E being the effort on the cell's
 * target before it (the higher level's own, then all of it), so the effort that comes after the target
 * has taken E* in all adds less than exp(-E* / S) of what it would add on an empty cell, whatever its mode.
 * Effects and planner apply it to the effort that arrives and to the effort an actor knows of; the
 * metrics to the effort the 3W ledger records.
 */
public final class CellResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double saturation;
    private final double[] efficacy = new double[4];

    public CellResponse(ModelParameters p) {
        saturation = p.get(Parameters.SATURATION);
        efficacy[slot(Mode.DIRECT, Target.CONSEQUENCES)] = p.get(Parameters.EFFICACY_DIRECT_CONSEQUENCES);
        efficacy[slot(Mode.DIRECT, Target.DRIVERS)] = p.get(Parameters.EFFICACY_DIRECT_DRIVERS);
        efficacy[slot(Mode.INDIRECT, Target.CONSEQUENCES)] = p.get(Parameters.EFFICACY_INDIRECT_CONSEQUENCES);
        efficacy[slot(Mode.INDIRECT, Target.DRIVERS)] = p.get(Parameters.EFFICACY_INDIRECT_DRIVERS);
    }

    private static int slot(Mode mode, Target target) {
        return mode.ordinal() * 2 + target.ordinal();
    }

    /** Effort (S) at which a cell reaches 63% of what its most effective work present can remove. */
    public double saturation() {
        return saturation;
    }

    /** Largest share of a need (or driver) that saturated work of this mode on this target removes per step. */
    public double efficacy(Mode mode, Target target) {
        return efficacy[slot(mode, target)];
    }

    /** Largest share of a need (or driver) a saturated activity of this type removes per step. */
    public double efficacy(ActivityType type) {
        return efficacy(type.mode(), type.target());
    }

    /** How far indirect work in a district acts: the state's presence there x the host's willingness. */
    public static double mediation(District d, Constellation m) {
        return d.statePresence() * m.host(d.country()).willingness();
    }

    /** The level of work of a mode on a target in a district: efficacy, x mediation for indirect work. */
    public double level(Mode mode, Target target, District d, Constellation m) {
        return level(mode, target, mode == Mode.DIRECT ? 1 : mediation(d, m));
    }

    /** The level of work of a mode on a target in a district whose {@link #mediation} is given. */
    public double level(Mode mode, Target target, double mediation) {
        double e = efficacy(mode, target);
        return mode == Mode.DIRECT ? e : e * mediation;
    }

    /**
     * Index of a need cell's target (its need or its driver) in arrays keyed by cell target, as the
     * effects, the planner and the metrics key effort: cell x 2 + target (x 2 + mode for one mode's effort).
     */
    public static int targetIndex(int cell, Target target) {
        return cell * 2 + target.ordinal();
    }

    /** The need cell of a cell target index ({@link #targetIndex}). */
    public static int cellOf(int targetIndex) {
        return targetIndex / 2;
    }

    /**
     * Effort on a cell's target (all activity types, both modes) beyond which further work adds less than
     * {@code 1 - share} of what it adds on an empty cell: S ln(1 / (1 - share)). Counting the higher level
     * first, as {@link #total} does, work of either mode reaches that point with the target's total effort,
     * so the effort beyond it is max(0, E - this) whatever the mix of modes.
     */
    public double saturatingEffort(double share) {
        return -saturation * Math.log(1 - share);
    }

    /**
     * Share of what the most effective work present on a cell's target can remove that work of two levels
     * with these efforts removes: {@link #total} over the higher level with effort; 1 - exp(-E / S) for one
     * kind of work; 0 without effort or when the work present has no effect (indirect work where the state
     * is absent or unwilling).
     */
    public double reachedShare(double level, double effort, double otherLevel, double otherEffort) {
        double top = Math.max(effort > 0 ? level : 0, otherEffort > 0 ? otherLevel : 0);
        return top <= 0 ? 0 : total(level, effort, otherLevel, otherEffort) / top;
    }

    /** Share of its saturation a cell reaches with this much effort: 1 - exp(-effort / S). */
    public double reached(double effort) {
        return 1 - Math.exp(-effort / saturation);
    }

    /**
     * Total share of a cell's need (or driver) removed by work of two levels (the two modes, direct and
     * indirect) with these efforts: the higher level counts first.
     */
    public double total(double level, double effort, double otherLevel, double otherEffort) {
        return credit(level, effort, otherLevel, otherEffort) + credit(otherLevel, otherEffort, level, effort);
    }

    /**
     * Share credited to the work of one level when work of another level shares the cell: all of its own
     * response if it is the higher, the response it adds on top of the other's if it is the lower, and in
     * proportion to effort when both are equal.
     */
    public double credit(double level, double effort, double otherLevel, double otherEffort) {
        if (effort <= 0) {
            return 0;
        }
        if (level > otherLevel) {
            return level * reached(effort);
        }
        if (level < otherLevel) {
            return level * (reached(otherEffort + effort) - reached(otherEffort));
        }
        return level * reached(effort + otherEffort) * effort / (effort + otherEffort);
    }

    /**
     * The marginal gain of one more unit of work of one level, relative to that level and the saturation:
     * S x (d total / d effort) / level. It is 1 on an empty cell and falls as the cell fills, whoever fills
     * it; for one level alone it is exp(-effort / S).
     */
    public double relativeMarginal(double level, double effort, double otherLevel, double otherEffort) {
        if (level <= 0) {
            return 0;
        }
        double both = Math.exp(-(effort + otherEffort) / saturation);
        if (level < otherLevel) {
            return both;
        }
        return ((level - otherLevel) * Math.exp(-effort / saturation) + otherLevel * both) / level;
    }
}
