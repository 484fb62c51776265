package org.constellation.metrics;

import java.util.List;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.world.NeedField;

/**
 * Helpers over the 3W cube of the current step: which district-challenge cells have effort on them
 * (inside-the-fence work excluded: it addresses the actor's own footprint, not a district's need).
 */
final class CubeCells {

    private CubeCells() {
    }

    /** True for ledger entries that address a district's need. */
    static boolean addressesNeed(Constellation m, Ledger.Entry e) {
        return !m.catalogue().get(e.activity()).has(ActivityFlag.INSIDE_FENCE);
    }

    /** Cells (district x challenge) with any effort this step. */
    static boolean[] covered(Constellation m) {
        boolean[] covered = new boolean[m.needs().cells()];
        List<Ledger.Entry> entries = m.ledger().current();
        for (Ledger.Entry e : entries) {
            if (addressesNeed(m, e)) {
                covered[NeedField.cell(e.district(), m.catalogue().get(e.activity()).challenge())] = true;
            }
        }
        return covered;
    }
}
