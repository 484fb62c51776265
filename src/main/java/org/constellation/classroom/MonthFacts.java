package org.constellation.classroom;

import java.util.ArrayList;
import java.util.List;
import org.constellation.metrics.CellBreakdown;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.params.Parameters;

/**
 * What the debrief needs of one finished month, read with the metrics' own cell rules
 * ({@link CellBreakdown}: the definitions of redundant_effort, complementary_effort, coverage_by_need and
 * out_of_reach): who did what where (the 3W ledger), each actor's need-addressing effort, the need cells
 * several actors worked on, the cells in need at the reference with how far this month's effort covered
 * them, who put them within reach and who of those believed them in need; and each actor's staff time
 * on coordination.
 *
 * @param step the month's step
 * @param work every ledger entry of the month
 * @param effort each actor's need-addressing effort, by actor index
 * @param shared the cell targets several actors worked on
 * @param needy the cells in need at the reference
 * @param coordination staff time each actor spent on coordination, by actor index
 */
record MonthFacts(int step, List<Ledger.Entry> work, double[] effort, List<CellBreakdown.Shared> shared,
        List<NeedyCell> needy, double[] coordination) {

    /**
     * A cell in need at the reference (reference need above {@code metrics.gap_threshold}), as the coverage
     * metrics count it.
     *
     * @param cell the cell (district x challenge)
     * @param weight its reference need (its weight in coverage_by_need)
     * @param share the share of the attainable effect this month's effort achieved there (0-1)
     * @param reachers the actors that put it within reach (active, present, mandated for the challenge)
     * @param believers those of them that believed its need above the gap threshold
     */
    record NeedyCell(int cell, double weight, double share, List<Integer> reachers, List<Integer> believers) {

        /** Within reach, and this month's effort achieved nothing there: a gap of coordination, not of the scenario. */
        boolean left() {
            return !reachers.isEmpty() && share <= 0;
        }
    }

    /** The facts of the model's current, finished step. */
    static MonthFacts of(Constellation m) {
        CellBreakdown cells = CellBreakdown.of(m);
        double threshold = m.parameters().get(Parameters.METRIC_GAP_THRESHOLD);
        List<NeedyCell> needy = new ArrayList<>();
        for (CellBreakdown.NeedCell c : cells.inNeed()) {
            List<Integer> believers = c.reachers().stream()
                    .filter(a -> m.actors().get(a).beliefs().need(c.cell()) > threshold).toList();
            needy.add(new NeedyCell(c.cell(), c.weight(), c.share(), c.reachers(), believers));
        }
        double[] effort = new double[m.actors().size()];
        double[] coordination = new double[m.actors().size()];
        for (int i = 0; i < coordination.length; i++) {
            effort[i] = cells.effort(i);
            coordination[i] = m.accounts().coordination(i);
        }
        return new MonthFacts(m.step(), List.copyOf(m.ledger().current()), effort, cells.shared(), List.copyOf(needy),
                coordination);
    }
}
