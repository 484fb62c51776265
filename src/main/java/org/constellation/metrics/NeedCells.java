package org.constellation.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.constellation.model.ActorType;
import org.constellation.model.CellSaturation;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * This step's need-addressing effort on the need cells (district x challenge), summed over activity
 * types (inside-the-fence work left out), with what the cell-level metrics need: each cell's total,
 * its largest single actor's effort, the missions' and the UN Country Team agencies' shares, the effort
 * that saturates a cell ({@link CellSaturation}), which cells are in need at the reference and which
 * are within reach. The activity catalogue enters only through each row's challenge, so how finely the
 * catalogue is cut cannot move anything built on it.
 */
final class NeedCells {

    private final Constellation model;
    private final double[] effort;
    private final double[] largest;
    private final double[] missions;
    private final double[] agencies;
    private final double saturating;
    private double total;

    private NeedCells(Constellation m) {
        model = m;
        int cells = m.needs().cells();
        effort = new double[cells];
        largest = new double[cells];
        missions = new double[cells];
        agencies = new double[cells];
        saturating = CellSaturation.saturatingEffort(m.parameters());
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
            int cell = NeedField.cell(e.district(), type.challenge());
            out.effort[cell] += e.effort();
            out.total += e.effort();
            ActorType actorType = m.actors().get(e.actor()).type();
            if (actorType == ActorType.MISSION) {
                out.missions[cell] += e.effort();
            } else if (actorType == ActorType.UNCT_AGENCY) {
                out.agencies[cell] += e.effort();
            }
            keys[n++] = ((long) cell << 42) | ((long) e.actor() << 21) | i;
        }
        Arrays.sort(keys, 0, n);
        double own = 0;
        for (int k = 0; k < n; k++) {
            boolean same = k > 0 && keys[k] >>> 21 == keys[k - 1] >>> 21;
            own = (same ? own : 0) + entries.get((int) (keys[k] & 0x1F_FFFF)).effort();
            int cell = (int) (keys[k] >>> 42);
            out.largest[cell] = Math.max(out.largest[cell], own);
        }
        return out;
    }

    /** Number of cells. */
    int cells() {
        return effort.length;
    }

    /** All actors' effort on a cell this step. */
    double effort(int cell) {
        return effort[cell];
    }

    /** All need-addressing effort this step. */
    double totalEffort() {
        return total;
    }

    /** The largest effort one actor put on a cell this step. */
    double largest(int cell) {
        return largest[cell];
    }

    /** Missions' effort on a cell this step. */
    double missions(int cell) {
        return missions[cell];
    }

    /** UN Country Team agencies' effort on a cell this step. */
    double agencies(int cell) {
        return agencies[cell];
    }

    /** The effort that saturates a cell. */
    double saturating() {
        return saturating;
    }

    /** Redundant effort on a cell: what the other actors add beyond what saturates it. */
    double redundant(int cell) {
        return redundant(effort[cell], largest[cell], saturating);
    }

    /** Complementary effort on a cell: what the other actors add within what saturates it. */
    double complementary(int cell) {
        return Math.min(effort[cell], saturating) - Math.min(largest[cell], saturating);
    }

    /**
     * Of effort {@code total} on a cell whose largest contributor put {@code largest}, the part beyond
     * both that contributor's own and what saturates the cell ({@code saturating}).
     */
    static double redundant(double total, double largest, double saturating) {
        return Math.max(0, total - Math.max(saturating, largest));
    }

    /** Share (0-1) of the largest attainable effect this step's effort achieves on a cell. */
    double effectShare(int cell) {
        return CellSaturation.effectShare(model.parameters(), effort[cell]);
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

    /** A per-cell effort summed over cells, as a share of all need-addressing effort (0 without effort). */
    double shareOfEffort(IntToDoubleFunction perCell) {
        if (total <= 0) {
            return 0;
        }
        double sum = 0;
        for (int cell = 0; cell < cells(); cell++) {
            sum += perCell.applyAsDouble(cell);
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
            if (!a.isActive() || a.capacity(m) <= 0) {
                continue;
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
        return reach;
    }
}
