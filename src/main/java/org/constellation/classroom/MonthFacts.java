package org.constellation.classroom;

import java.util.ArrayList;
import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * What the debrief needs of one finished month: who did what where (the 3W ledger), which cells were
 * in need (true need above the gap threshold), whether anybody worked on each, and who believed it
 * needy; and each actor's staff time on coordination.
 *
 * @param step the month's step
 * @param work every ledger entry of the month
 * @param needy the cells whose true need exceeded the gap threshold
 * @param coordination staff time each actor spent on coordination, by actor index
 */
record MonthFacts(int step, List<Ledger.Entry> work, List<NeedyCell> needy, double[] coordination) {

    /**
     * A cell in need.
     *
     * @param cell the cell (district x challenge)
     * @param need its true need
     * @param covered whether any actor worked on the challenge in the district this month
     * @param believers the active actors present there that believed its need above the threshold
     */
    record NeedyCell(int cell, double need, boolean covered, List<Integer> believers) {
    }

    /** The facts of the model's current, finished step. */
    static MonthFacts of(Constellation m) {
        List<Ledger.Entry> work = List.copyOf(m.ledger().current());
        boolean[] covered = new boolean[m.needs().cells()];
        for (Ledger.Entry e : work) {
            if (addressesNeed(m, e)) {
                covered[NeedField.cell(e.district(), m.catalogue().get(e.activity()).challenge())] = true;
            }
        }
        double threshold = m.parameters().get(Parameters.METRIC_GAP_THRESHOLD);
        List<NeedyCell> needy = new ArrayList<>();
        for (District d : m.region().districts()) {
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d.index(), c);
                double need = m.needs().need(cell);
                if (need > threshold) {
                    needy.add(new NeedyCell(cell, need, covered[cell], believers(m, d, cell, threshold)));
                }
            }
        }
        double[] coordination = new double[m.actors().size()];
        for (int i = 0; i < coordination.length; i++) {
            coordination[i] = m.accounts().coordination(i);
        }
        return new MonthFacts(m.step(), work, List.copyOf(needy), coordination);
    }

    /** True for entries that address a district's need (inside-the-fence work addresses the actor's own footprint). */
    static boolean addressesNeed(Constellation m, Ledger.Entry e) {
        return !m.catalogue().get(e.activity()).has(ActivityFlag.INSIDE_FENCE);
    }

    private static List<Integer> believers(Constellation m, District d, int cell, double threshold) {
        List<Integer> out = new ArrayList<>();
        for (Actor a : m.actors()) {
            if (a.isActive() && a.isPresentIn(d) && a.beliefs().need(cell) > threshold) {
                out.add(a.index());
            }
        }
        return List.copyOf(out);
    }
}
