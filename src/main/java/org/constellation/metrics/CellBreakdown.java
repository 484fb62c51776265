package org.constellation.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.Constellation;
import org.constellation.model.activity.Target;
import org.constellation.model.agents.Actor;

/**
 * The {@link RedundantEffort}, {@link ComplementaryEffort} and {@link Coverage} metrics taken need cell by
 * need cell, with the actors that make them (for a debrief that must say who added effort where another
 * actor already worked, and which cells in need were left), from the current step's 3W ledger and with the
 * metrics' own rules ({@link NeedCells}): the redundant and complementary effort attributed to actors sum
 * to the metrics' numerators, and the cells' weights and effect shares give the coverage and out-of-reach
 * metrics back. Read-only.
 */
public final class CellBreakdown {

    /**
     * A cell target on which several actors worked this step: the effort that actors other than the largest
     * contributor add, split into what lies beyond what saturates it (redundant) and within it (complementary).
     *
     * @param cell the need cell (district x challenge)
     * @param target its need or its driver
     * @param largest the largest contributor (the lowest index among equals)
     * @param largestEffort its effort there
     * @param redundant the redundant effort there ({@link RedundantEffort}'s numerator on this target)
     * @param complementary the complementary effort there ({@link ComplementaryEffort}'s numerator on this target)
     * @param others the other contributors' effort, by actor index
     */
    public record Shared(int cell, Target target, int largest, double largestEffort, double redundant,
            double complementary, Map<Integer, Double> others) {

        /** Keeps the contributors as given. */
        public Shared {
            others = Collections.unmodifiableMap(new TreeMap<>(others));
        }

        /**
         * The part of the redundant effort an actor other than the largest contributor accounts for: in
         * proportion to its effort among the others' (0 for the largest contributor and for non-contributors).
         */
        public double redundantBy(int actor) {
            return share(actor) * redundant;
        }

        /** The part of the complementary effort an actor other than the largest contributor accounts for, likewise. */
        public double complementaryBy(int actor) {
            return share(actor) * complementary;
        }

        private double share(int actor) {
            Double mine = others.get(actor);
            if (mine == null) {
                return 0;
            }
            double sum = others.values().stream().mapToDouble(Double::doubleValue).sum();
            return sum <= 0 ? 0 : mine / sum;
        }
    }

    /**
     * A cell in need at the reference ({@link Coverage}'s denominator when within reach, else
     * {@link OutOfReach}'s numerator).
     *
     * @param cell the need cell (district x challenge)
     * @param weight its reference need
     * @param share the share of the attainable effect this step's effort achieves there (0-1)
     * @param reachers the actors that put it within reach (active with capacity, present, mandated for the
     *                 challenge), by index; none if it is out of reach
     */
    public record NeedCell(int cell, double weight, double share, List<Integer> reachers) {

        /** Keeps the actors as given. */
        public NeedCell {
            reachers = List.copyOf(reachers);
        }

        /** Whether some actor puts it within reach. */
        public boolean withinReach() {
            return !reachers.isEmpty();
        }
    }

    private final double[] effort;
    private final List<Shared> shared;
    private final List<NeedCell> inNeed;

    private CellBreakdown(double[] effort, List<Shared> shared, List<NeedCell> inNeed) {
        this.effort = effort;
        this.shared = List.copyOf(shared);
        this.inNeed = List.copyOf(inNeed);
    }

    /** The need cells of a started model at the end of its current step. */
    public static CellBreakdown of(Constellation m) {
        NeedCells cells = NeedCells.of(m);
        double[] effort = new double[m.actors().size()];
        List<Shared> shared = new ArrayList<>();
        List<NeedCells.Contribution> all = cells.contributions();
        for (int from = 0; from < all.size();) {
            int target = all.get(from).target();
            int to = from;
            int largest = from;
            while (to < all.size() && all.get(to).target() == target) {
                effort[all.get(to).actor()] += all.get(to).effort();
                largest = all.get(to).effort() > all.get(largest).effort() ? to : largest;
                to++;
            }
            if (to - from > 1) {
                Map<Integer, Double> others = new TreeMap<>();
                for (int k = from; k < to; k++) {
                    if (k != largest) {
                        others.put(all.get(k).actor(), all.get(k).effort());
                    }
                }
                shared.add(new Shared(target / 2, Target.values()[target % 2], all.get(largest).actor(),
                        all.get(largest).effort(), cells.redundant(target), cells.complementary(target), others));
            }
            from = to;
        }
        return new CellBreakdown(effort, shared, inNeed(m, cells));
    }

    private static List<NeedCell> inNeed(Constellation m, NeedCells cells) {
        List<List<Integer>> reachers = new ArrayList<>();
        for (int cell = 0; cell < cells.cells(); cell++) {
            reachers.add(new ArrayList<>());
        }
        for (Actor a : m.actors()) {
            boolean[] mine = NeedCells.reach(a, m);
            for (int cell = 0; cell < mine.length; cell++) {
                if (mine[cell]) {
                    reachers.get(cell).add(a.index());
                }
            }
        }
        List<NeedCell> out = new ArrayList<>();
        for (int cell = 0; cell < cells.cells(); cell++) {
            double w = cells.referenceWeight(cell);
            if (w > 0) {
                out.add(new NeedCell(cell, w, cells.effectShare(cell), reachers.get(cell)));
            }
        }
        return out;
    }

    /** An actor's need-addressing effort this step (inside-the-fence work aside), the metrics' denominator's part. */
    public double effort(int actor) {
        return effort[actor];
    }

    /** All need-addressing effort this step: {@link RedundantEffort}'s denominator. */
    public double totalEffort() {
        double sum = 0;
        for (double e : effort) {
            sum += e;
        }
        return sum;
    }

    /** The cell targets on which several actors worked this step, by cell and target. */
    public List<Shared> shared() {
        return shared;
    }

    /** The cells in need at the reference, by cell. */
    public List<NeedCell> inNeed() {
        return inNeed;
    }
}
