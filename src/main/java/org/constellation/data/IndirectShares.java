package org.constellation.data;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.activity.Mode;

/**
 * The share of each organisation type's 3W rows that are indirect work: rows whose 3W activity maps
 * only to indirect catalogue activities (support to the authorities' or others' work, such as
 * surveillance done with the county health teams or logistics for the health sector; docs/3w-mapping.md),
 * among its rows that are activities (coordination, funding and other rows are not). Rows are counted once
 * per organisation, region and activity, as the comparison counts them; types are the 3W's own
 * ({@code org_type}), so the figure does not depend on the profile mapping, only on the activity mapping.
 * The counting is shared with the simulated side of the comparison ({@link IndirectByType}), whose caller
 * groups a run's rows by the type of the actor's organisation.
 *
 * @param byType per 3W organisation type, its indirect rows and its activity rows
 */
public record IndirectShares(Map<String, int[]> byType) {

    public IndirectShares {
        Map<String, int[]> copy = new TreeMap<>();
        byType.forEach((k, v) -> copy.put(k, v.clone()));
        byType = Collections.unmodifiableMap(copy);
    }

    /** The shares of the rows of some countries of an observed table (exact names as the table writes them). */
    public static IndirectShares observed(Path table, ThreeWMapping mapping, Set<String> countries)
            throws DataException {
        Problems problems = new Problems();
        PresenceTable presence = PresenceTable.read(table, problems);
        problems.throwIfErrors();
        ThreeWRows rows = new ThreeWRows(presence, mapping, countries, r -> mapping.districtOf(r.region()), problems);
        problems.throwIfErrors();
        return observed(rows);
    }

    /** The shares of resolved observed rows: their activity rows, by the 3W's organisation type. */
    static IndirectShares observed(ThreeWRows rows) {
        ActivityCatalogue catalogue = ActivityCatalogue.standard();
        return count(rows.rows().stream().filter(r -> r.activity().isActivity()).toList(), r -> r.row().type(),
                r -> r.activity().activities().stream().map(catalogue::find).allMatch(IndirectShares::indirect));
    }

    /**
     * Counts rows in their groups, in order.
     *
     * @param group the group a row counts in, or null to leave it out
     * @param indirect whether a row is indirect work
     */
    static <T> IndirectShares count(Iterable<T> rows, Function<T, String> group, Predicate<T> indirect) {
        Map<String, int[]> counts = new TreeMap<>();
        for (T r : rows) {
            String g = group.apply(r);
            if (g == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(g, k -> new int[2]);
            c[1]++;
            if (indirect.test(r)) {
                c[0]++;
            }
        }
        return new IndirectShares(counts);
    }

    private static boolean indirect(ActivityType t) {
        return t != null && t.mode() == Mode.INDIRECT;
    }

    /** The share of a type's activity rows that are indirect, or NaN if the type has none. */
    public double share(String type) {
        int[] c = byType.get(type);
        return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
    }
}
