package org.constellation.model;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.world.NeedField;

/**
 * The need-addressing effort of the last few steps, per actor and need cell (summed over activity
 * types; inside-the-fence work left out), so that when an actor closes the model can record what it
 * and the others did before its taper ({@link EffortBaseline}). Filled once per step from the 3W
 * ledger; it keeps only as many steps as a closure can look back.
 */
public final class EffortHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One step's effort, sorted by actor and then cell. */
    private record StepEffort(int step, int[] actors, int[] cells, double[] effort) implements Serializable {
    }

    private final Deque<StepEffort> steps = new ArrayDeque<>();

    /** Records a finished step's ledger rows, keeping at most {@code length} steps. */
    public void record(int step, List<Ledger.Entry> entries, ActivityCatalogue catalogue, int length) {
        Map<Long, Double> byActorCell = new TreeMap<>();
        for (Ledger.Entry e : entries) {
            ActivityType type = catalogue.get(e.activity());
            if (!type.has(ActivityFlag.INSIDE_FENCE)) {
                long key = ((long) e.actor() << 32) | NeedField.cell(e.district(), type.challenge());
                byActorCell.merge(key, e.effort(), Double::sum);
            }
        }
        int n = byActorCell.size();
        int[] actors = new int[n];
        int[] cells = new int[n];
        double[] effort = new double[n];
        int i = 0;
        for (Map.Entry<Long, Double> e : byActorCell.entrySet()) {
            actors[i] = (int) (e.getKey() >>> 32);
            cells[i] = (int) (e.getKey() & 0xFFFF_FFFFL);
            effort[i++] = e.getValue();
        }
        steps.addLast(new StepEffort(step, actors, cells, effort));
        while (steps.size() > Math.max(1, length)) {
            steps.removeFirst();
        }
    }

    /**
     * An actor's and the others' mean effort per step over steps {@code from} (inclusive) to {@code to}
     * (exclusive), on the cells where the actor worked then; steps without a record count as no effort.
     */
    public EffortBaseline baseline(int actor, int from, int to) {
        Map<Integer, double[]> byCell = new TreeMap<>();
        for (StepEffort s : steps) {
            if (s.step() >= from && s.step() < to) {
                for (int i = 0; i < s.actors().length; i++) {
                    if (s.actors()[i] == actor) {
                        byCell.computeIfAbsent(s.cells()[i], k -> new double[2])[0] += s.effort()[i];
                    }
                }
            }
        }
        for (StepEffort s : steps) {
            if (s.step() >= from && s.step() < to) {
                for (int i = 0; i < s.actors().length; i++) {
                    double[] sums = byCell.get(s.cells()[i]);
                    if (s.actors()[i] != actor && sums != null) {
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
