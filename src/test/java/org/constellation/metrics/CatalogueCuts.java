package org.constellation.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityType;

/** The same activities cut differently: a row split in two, every row renamed. */
final class CatalogueCuts {

    /** The suffixes of the two halves of a split row. */
    static final String FIRST = "-part-1";
    static final String SECOND = "-part-2";

    private CatalogueCuts() {
    }

    /** The standard catalogue with the row "challenge/id" replaced by two rows "id-part-1" and "id-part-2". */
    static ActivityCatalogue split(String key) {
        List<ActivityType> rows = new ArrayList<>();
        boolean found = false;
        for (ActivityType t : ActivityCatalogue.standard().all()) {
            if (ActivityCatalogue.key(t).equals(key)) {
                rows.add(renamed(t, t.id() + FIRST));
                rows.add(renamed(t, t.id() + SECOND));
                found = true;
            } else {
                rows.add(t);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no row " + key);
        }
        return ActivityCatalogue.of(rows);
    }

    /** The standard catalogue with every id changed. */
    static ActivityCatalogue renamed(UnaryOperator<String> name) {
        return ActivityCatalogue.of(ActivityCatalogue.standard().all().stream().map(t -> renamed(t, name.apply(t.id())))
                .toList());
    }

    private static ActivityType renamed(ActivityType t, String id) {
        return new ActivityType(t.index(), id, t.label(), t.challenge(), t.mode(), t.target(), t.executive(),
                t.institution(), t.flags(), t.source());
    }
}
