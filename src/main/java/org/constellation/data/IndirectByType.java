package org.constellation.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constellation.model.activity.Mode;

/**
 * The share of indirect work among the 3W rows of each organisation type (the 3W's own {@code org_type}),
 * observed and simulated, counted the same way on both sides ({@link IndirectShares#count}). Observed: the rows
 * of the run's countries that are activities, once per organisation, region and activity, indirect when the 3W
 * activity maps only to indirect catalogue activities ({@link IndirectShares}). Simulated: the run's rows in the
 * comparison window whose activity maps to a 3W category, once per actor, district and activity, indirect
 * when the activity's mode is; an actor takes the type of the 3W organisation whose id it has (the id
 * {@code import 3w} gives, {@link ThreeWMapping#idOf}); actors no organisation of the table has (host
 * governments) are left out. A simulated 3W without the {@code mode} column (written before it existed)
 * counts no row as indirect.
 *
 * @param observed per type, indirect rows and activity rows in the observed table
 * @param simulated per type, indirect rows and activity rows in the run
 */
public record IndirectByType(IndirectShares observed, IndirectShares simulated) {

    static IndirectByType of(ThreeWRows rows, PresenceTable table, ThreeWMapping mapping,
            List<CompareThreeW.SimulatedRow> window) {
        Map<String, String> typeOfId = new HashMap<>();
        table.rows().forEach(r -> typeOfId.putIfAbsent(mapping.idOf(r.organisation()), r.type()));
        Set<String> seen = new HashSet<>();
        List<CompareThreeW.SimulatedRow> once = window.stream().filter(r -> seen.add(r.actor() + "\u0000"
                + r.district() + "\u0000" + r.challenge() + "/" + r.activity())).toList();
        return new IndirectByType(IndirectShares.observed(rows), IndirectShares.count(once,
                r -> typeOfId.get(r.actor()), r -> Mode.INDIRECT.key().equals(r.mode())));
    }

    /** The observed share of a type's rows that are indirect, NaN if it has none. */
    public double observedShare(String type) {
        return observed.share(type);
    }

    /** The simulated share of a type's rows that are indirect, NaN if it has none. */
    public double simulatedShare(String type) {
        return simulated.share(type);
    }

    /** The types with rows on either side, sorted. */
    public Set<String> types() {
        Set<String> all = new TreeSet<>(observed.byType().keySet());
        all.addAll(simulated.byType().keySet());
        return all;
    }
}
