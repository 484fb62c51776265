package org.constellation.data;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.Mode;

/**
 * The share of indirect work among the 3W rows of each organisation type (the 3W's own {@code org_type}),
 * observed and simulated, counted the same way on both sides. Observed: the rows of the run's countries
 * that are activities, once per organisation, region and activity, indirect when the 3W activity maps only to
 * indirect catalogue activities (as {@link IndirectShares} counts them). Simulated: the run's rows in the
 * comparison window whose activity maps to a 3W category, once per actor, district and activity, indirect
 * when the activity's mode is; an actor takes the type of the 3W organisation whose id it has (the id
 * {@code import 3w} gives, {@link ThreeWMapping#idOf}); actors no organisation of the table has (host
 * governments) are left out. A simulated 3W without the {@code mode} column (written before it existed)
 * counts no row as indirect.
 *
 * @param observed per type, indirect rows and activity rows in the observed table
 * @param simulated per type, indirect rows and activity rows in the run
 */
public record IndirectByType(Map<String, int[]> observed, Map<String, int[]> simulated) {

    public IndirectByType {
        observed = copy(observed);
        simulated = copy(simulated);
    }

    private static Map<String, int[]> copy(Map<String, int[]> counts) {
        Map<String, int[]> c = new TreeMap<>();
        counts.forEach((k, v) -> c.put(k, v.clone()));
        return Collections.unmodifiableMap(c);
    }

    static IndirectByType of(ThreeWRows rows, PresenceTable table, ThreeWMapping mapping,
            List<CompareThreeW.SimulatedRow> window) {
        ActivityCatalogue catalogue = ActivityCatalogue.standard();
        Map<String, int[]> observed = new TreeMap<>();
        for (ThreeWRows.Resolved r : rows.rows()) {
            if (r.activity().isActivity()) {
                boolean indirect = r.activity().activities().stream().map(catalogue::find)
                        .allMatch(t -> t != null && t.mode() == Mode.INDIRECT);
                count(observed, r.row().type(), indirect);
            }
        }
        Map<String, String> typeOfId = new HashMap<>();
        table.rows().forEach(r -> typeOfId.putIfAbsent(mapping.idOf(r.organisation()), r.type()));
        Map<String, int[]> simulated = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (CompareThreeW.SimulatedRow r : window) {
            String type = typeOfId.get(r.actor());
            if (type != null && seen.add(r.actor() + "\u0000" + r.district() + "\u0000" + r.challenge() + "/"
                    + r.activity())) {
                count(simulated, type, Mode.INDIRECT.key().equals(r.mode()));
            }
        }
        return new IndirectByType(observed, simulated);
    }

    private static void count(Map<String, int[]> counts, String type, boolean indirect) {
        int[] c = counts.computeIfAbsent(type, k -> new int[2]);
        c[1]++;
        if (indirect) {
            c[0]++;
        }
    }

    /** The observed share of a type's rows that are indirect, NaN if it has none. */
    public double observedShare(String type) {
        return share(observed, type);
    }

    /** The simulated share of a type's rows that are indirect, NaN if it has none. */
    public double simulatedShare(String type) {
        return share(simulated, type);
    }

    private static double share(Map<String, int[]> counts, String type) {
        int[] c = counts.get(type);
        return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
    }

    /** The types with rows on either side, sorted. */
    public Set<String> types() {
        Set<String> all = new java.util.TreeSet<>(observed.keySet());
        all.addAll(simulated.keySet());
        return all;
    }
}
