package org.constellation.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.constellation.model.ActorType;
import org.constellation.model.CellResponse;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * This step's need-addressing effort on the need cells (district x challenge), each with its two
 * <i>targets</i> (its need and its driver) apart and summed over activity types (inside-the-fence work
 * left out), read with the model's one definition of how a cell responds to effort ({@link CellResponse},
 * which the effects and the planner use): on each target, its total and its effort by mode, its largest
 * single actor's effort, the missions' and the UN Country Team agencies' effort, the effort that saturates
 * it, which cells are in need at the reference and which are within reach. The activity catalogue enters
 * only through each row's challenge, target and mode, so how finely the catalogue is cut cannot move
 * anything built on it.
 */
final class NeedCells {

    private final Constellation model;
    private final CellResponse response;
    private final double[] byMode;
    private final double[] effort;
    private final double[] largest;
    private final double[] missions;
    private final double[] agencies;
    private final double saturating;
    private final List<Contribution> contributions = new ArrayList<>();
    private double total;

    /**
     * One actor's effort on one cell target this step (all its activity types and both modes together).
     *
     * @param target the cell target ({@link CellResponse#targetIndex})
     * @param actor the actor's index
     * @param effort its effort there
     */
    record Contribution(int target, int actor, double effort) {
    }

    private NeedCells(Constellation m) {
        model = m;
        response = m.valuation().cells();
        int targets = m.needs().cells() * 2;
        byMode = new double[targets * 2];
        effort = new double[targets];
        largest = new double[targets];
        missions = new double[targets];
        agencies = new double[targets];
        saturating = response.saturatingEffort(m.parameters().get(Parameters.METRIC_SATURATED_SHARE));
    }

    /** The cells of a started model at the end of its current step. */
    static NeedCells of(Constellation m) {
        NeedCells out = new NeedCells(m);
        List<Ledger.Entry> entries = m.ledger().current();
        long[] keys = new long[entries.size()];
        int n = 0;
        for (int i = 0; i < entries.size(); i++) {
            Ledger.Entry e = entries.get(i);
            ActivityType type = m.catalogue().get(e.activity());
            if (!CubeCells.addressesNeed(type)) {
                continue;
            }
            int target = CellResponse.targetIndex(NeedField.cell(e.district(), type.challenge()), type.target());
            out.byMode[target * 2 + type.mode().ordinal()] += e.effort();
            out.effort[target] += e.effort();
            out.total += e.effort();
            ActorType actorType = m.actors().get(e.actor()).type();
            if (actorType == ActorType.MISSION) {
                out.missions[target] += e.effort();
            } else if (actorType == ActorType.UNCT_AGENCY) {
                out.agencies[target] += e.effort();
            }
            keys[n++] = ((long) target << 42) | ((long) e.actor() << 21) | i;
        }
        Arrays.sort(keys, 0, n);
        double own = 0;
        for (int k = 0; k < n; k++) {
            boolean same = k > 0 && keys[k] >>> 21 == keys[k - 1] >>> 21;
            own = (same ? own : 0) + entries.get((int) (keys[k] & 0x1F_FFFF)).effort();
            int target = (int) (keys[k] >>> 42);
            out.largest[target] = Math.max(out.largest[target], own);
            if (k == n - 1 || keys[k + 1] >>> 21 != keys[k] >>> 21) {
                out.contributions.add(new Contribution(target, (int) (keys[k] >>> 21 & 0x1F_FFFF), own));
            }
        }
        return out;
    }

    /** Each actor's effort on each cell target this step, by target and then actor, ascending. */
    List<Contribution> contributions() {
        return java.util.Collections.unmodifiableList(contributions);
    }

    /** Number of need cells. */
    int cells() {
        return effort.length / 2;
    }

    /** Number of cell targets (two per need cell: {@link CellResponse#targetIndex}). */
    int targets() {
        return effort.length;
    }

    /** All actors' effort on a cell target this step. */
    double effort(int target) {
        return effort[target];
    }

    /** All actors' effort on a need cell (both targets) this step. */
    double cellEffort(int cell) {
        return effort[cell * 2] + effort[cell * 2 + 1];
    }

    /** All need-addressing effort this step. */
    double totalEffort() {
        return total;
    }

    /** The largest effort one actor put on a cell target this step. */
    double largest(int target) {
        return largest[target];
    }

    /** Missions' effort on a cell target this step. */
    double missions(int target) {
        return missions[target];
    }

    /** UN Country Team agencies' effort on a cell target this step. */
    double agencies(int target) {
        return agencies[target];
    }

    /** The effort that saturates a cell target ({@link CellResponse#saturatingEffort}). */
    double saturating() {
        return saturating;
    }

    /** Redundant effort on a cell target: what the other actors add beyond what saturates it. */
    double redundant(int target) {
        return redundant(effort[target], largest[target], saturating);
    }

    /** Complementary effort on a cell target: what the other actors add within what saturates it. */
    double complementary(int target) {
        return Math.min(effort[target], saturating) - Math.min(largest[target], saturating);
    }

    /**
     * Of effort {@code total} on a cell target whose largest contributor put {@code largest}, the part
     * beyond both that contributor's own and what saturates the target ({@code saturating}).
     */
    static double redundant(double total, double largest, double saturating) {
        return Math.max(0, total - Math.max(saturating, largest));
    }

    /**
     * Share (0-1) of the attainable effect this step's effort achieves on a need cell: on each target, the
     * share of what its most effective work present can remove ({@link CellResponse#reachedShare}, with
     * each mode's level in the district), the two targets combined as routes to the same need,
     * 1 - (1 - need's share) (1 - driver's share). With one kind of work it is 1 - exp(-E / S), E the cell's
     * effort on both targets.
     */
    double effectShare(int cell) {
        District d = model.region().district(NeedField.districtOf(cell));
        double left = 1;
        for (Target target : Target.values()) {
            int t = CellResponse.targetIndex(cell, target);
            left *= 1 - response.reachedShare(response.level(Mode.DIRECT, target, d, model),
                    byMode[t * 2 + Mode.DIRECT.ordinal()], response.level(Mode.INDIRECT, target, d, model),
                    byMode[t * 2 + Mode.INDIRECT.ordinal()]);
        }
        return 1 - left;
    }

    /**
     * The weight of a cell in the coverage metrics' fixed denominator: its reference need if that
     * exceeds the gap threshold, else 0 ({@link NeedField#reference}).
     */
    double referenceWeight(int cell) {
        double reference = model.needs().reference(cell);
        return reference > model.parameters().get(Parameters.METRIC_GAP_THRESHOLD) ? reference : 0;
    }

    /**
     * Totals over the cells in need, each weighted by its reference need or by 1: {within reach, the
     * part of it covered (weight x effect share), out of reach}.
     */
    double[] referenceTotals(boolean byNeed) {
        boolean[] reach = reach(model);
        double[] totals = new double[3];
        for (int cell = 0; cell < cells(); cell++) {
            double w = referenceWeight(cell);
            if (w > 0) {
                double k = byNeed ? w : 1;
                if (reach[cell]) {
                    totals[0] += k;
                    totals[1] += k * effectShare(cell);
                } else {
                    totals[2] += k;
                }
            }
        }
        return totals;
    }

    /** A per-target effort summed over cell targets, as a share of all need-addressing effort (0 without effort). */
    double shareOfEffort(IntToDoubleFunction perTarget) {
        if (total <= 0) {
            return 0;
        }
        double sum = 0;
        for (int target = 0; target < targets(); target++) {
            sum += perTarget.applyAsDouble(target);
        }
        return sum / total;
    }

    /**
     * The cells within reach this step: some active actor with capacity is present in the district and
     * its mandate allows an activity on the challenge (inside-the-fence work aside). Access (a host's
     * consent, an agency's sense of security) is not part of reach: it is something the model produces.
     */
    static boolean[] reach(Constellation m) {
        boolean[] reach = new boolean[m.needs().cells()];
        for (Actor a : m.actors()) {
            addReach(a, m, reach);
        }
        return reach;
    }

    /** The cells one actor puts within reach this step (the part of {@link #reach(Constellation)} it accounts for). */
    static boolean[] reach(Actor a, Constellation m) {
        boolean[] reach = new boolean[m.needs().cells()];
        addReach(a, m, reach);
        return reach;
    }

    /**
     * Marks the cells an actor puts within reach: none unless it is active with capacity; else those of the
     * districts it is present in, on the challenges its mandate allows need-addressing work on.
     */
    private static void addReach(Actor a, Constellation m, boolean[] reach) {
        if (!a.isActive() || a.capacity(m) <= 0) {
            return;
        }
        boolean[] mandated = new boolean[Challenge.COUNT];
        for (int activity : a.mandate().allowed()) {
            ActivityType type = m.catalogue().get(activity);
            mandated[type.challenge().ordinal()] |= CubeCells.addressesNeed(type);
        }
        for (District d : a.presence()) {
            for (Challenge c : Challenge.all()) {
                reach[NeedField.cell(d.index(), c)] |= mandated[c.ordinal()];
            }
        }
    }
}
