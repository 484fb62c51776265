package org.constellation.model;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.world.NeedField;

/**
 * The need-addressing effort of the last few steps, per actor and need cell target (its need or its
 * driver, {@link CellResponse#targetIndex}; summed over activity types and modes; inside-the-fence work
 * left out), so that when an actor closes the model can record what it and the others did before its
 * taper ({@link EffortBaseline}). Filled once per step from the 3W ledger; it keeps only as many steps as
 * a closure can look back.
 */
public final class EffortHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One step's effort, sorted by actor and then cell. */
    private record StepEffort(int step, int[] actors, int[] cells, double[] effort) implements Serializable {
    }

    private final Deque<StepEffort> steps = new ArrayDeque<>();

    /**
     * Records a finished step's ledger rows, keeping at most {@code length} steps. Rows are grouped by
     * sorting keys that pack actor, cell and row (each below 2^21).
     */
    public void record(int step, List<Ledger.Entry> entries, ActivityCatalogue catalogue, int length) {
        long[] keys = new long[entries.size()];
        int n = 0;
        for (int i = 0; i < entries.size(); i++) {
            Ledger.Entry e = entries.get(i);
            ActivityType type = catalogue.get(e.activity());
            if (!type.has(ActivityFlag.INSIDE_FENCE)) {
                long cell = CellResponse.targetIndex(NeedField.cell(e.district(), type.challenge()), type.target());
                keys[n++] = ((long) e.actor() << 42) | (cell << 21) | i;
            }
        }
        Arrays.sort(keys, 0, n);
        int[] actors = new int[n];
        int[] cells = new int[n];
        double[] effort = new double[n];
        int groups = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || keys[k] >>> 21 != keys[k - 1] >>> 21) {
                actors[groups] = (int) (keys[k] >>> 42);
                cells[groups++] = (int) ((keys[k] >>> 21) & 0x1F_FFFF);
            }
            effort[groups - 1] += entries.get((int) (keys[k] & 0x1F_FFFF)).effort();
        }
        steps.addLast(new StepEffort(step, Arrays.copyOf(actors, groups), Arrays.copyOf(cells, groups),
                Arrays.copyOf(effort, groups)));
        while (steps.size() > Math.max(1, length)) {
            steps.removeFirst();
        }
    }

    /**
     * An actor's and the others' mean effort per step over steps {@code from} (inclusive) to {@code to}
     * (exclusive), on the cell targets where the actor worked then; steps without a record count as no
     * effort.
     */
    public EffortBaseline baseline(int actor, int from, int to) {
        return baseline(k -> k == actor, from, to);
    }

    /**
     * The same for a group of actors taken as one (a mission and its components): their summed effort as its
     * own, everyone else's as the others'.
     */
    public EffortBaseline baseline(IntPredicate members, int from, int to) {
        Map<Integer, double[]> byCell = new TreeMap<>();
        for (StepEffort s : steps) {
            if (s.step() >= from && s.step() < to) {
                for (int i = 0; i < s.actors().length; i++) {
                    if (members.test(s.actors()[i])) {
                        byCell.computeIfAbsent(s.cells()[i], k -> new double[2])[0] += s.effort()[i];
                    }
                }
            }
        }
        for (StepEffort s : steps) {
            if (s.step() >= from && s.step() < to) {
                for (int i = 0; i < s.actors().length; i++) {
                    double[] sums = byCell.get(s.cells()[i]);
                    if (!members.test(s.actors()[i]) && sums != null) {
                        sums[1] += s.effort()[i];
                    }
                }
            }
        }
        int length = Math.max(0, to - from);
        int[] cells = new int[byCell.size()];
        double[] own = new double[cells.length];
        double[] others = new double[cells.length];
        int k = 0;
        for (Map.Entry<Integer, double[]> e : byCell.entrySet()) {
            cells[k] = e.getKey();
            own[k] = e.getValue()[0] / length;
            others[k++] = e.getValue()[1] / length;
        }
        return new EffortBaseline(from, to, cells, own, others);
    }
}
