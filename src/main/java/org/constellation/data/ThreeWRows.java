package org.constellation.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of a 3W table resolved through a mapping: each kept row's region (as the caller places it),
 * organisation profile and what its activity becomes. Rows of countries not kept are counted; an
 * unknown organisation type or activity, or a region the caller cannot place, is a located error;
 * a row repeating an earlier one (same organisation, region and activity) is counted once, with a
 * warning.
 */
final class ThreeWRows {

    /**
     * One usable row.
     *
     * @param row the row as read
     * @param district the id of the district (region) it is in
     * @param profile its organisation's profile, {@link ThreeWMapping#HOST} or {@link ThreeWMapping#NONE}
     * @param activity what its activity becomes
     */
    record Resolved(PresenceTable.Row row, String district, String profile, ThreeWMapping.Activity activity) {
    }

    private final List<Resolved> rows = new ArrayList<>();
    private final Map<String, Integer> otherCountries = new LinkedHashMap<>();
    private int duplicates;

    /**
     * @param keep the countries kept (exact names as the table writes them)
     * @param place the district id of a row, or null if it cannot be placed (the caller reports why)
     */
    ThreeWRows(PresenceTable table, ThreeWMapping mapping, Set<String> keep, Function<PresenceTable.Row, String> place,
            Problems problems) {
        CsvInput csv = table.csv();
        Map<String, Integer> seen = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        for (PresenceTable.Row r : table.rows()) {
            if (!keep.contains(r.country())) {
                otherCountries.merge(r.country(), 1, Integer::sum);
                continue;
            }
            CsvInput.Row at = new CsvInput.Row(r.line(), List.of());
            String profile = mapping.profileOf(r.organisation(), r.type());
            if (profile == null) {
                csv.error(problems, at, "org_type", "unknown organisation type '" + r.type() + "' (of "
                        + r.organisation() + "); map it in a --types file (types: {'" + r.type() + "': PROFILE}) or "
                        + "map the organisation (organisations: {'" + r.organisation() + "': {profile: PROFILE}})");
            }
            ThreeWMapping.Activity activity = mapping.activity(r.activity());
            if (activity == null) {
                csv.error(problems, at, "activity", "unknown 3W activity '" + r.activity() + "'; map it in a --types "
                        + "file (activities: {'" + r.activity() + "': [challenge/id, ...]} or {becomes: presence})");
            }
            String district = place.apply(r);
            if (profile == null || activity == null || district == null) {
                continue;
            }
            String key = r.organisation() + "\u0000" + district + "\u0000" + r.activity();
            Integer first = seen.putIfAbsent(key, r.line());
            if (first != null) {
                duplicates++;
                if (repeats.size() < 5) {
                    repeats.add("line " + r.line() + " repeats line " + first);
                }
                continue;
            }
            rows.add(new Resolved(r, district, profile, activity));
        }
        if (duplicates > 0) {
            problems.warn(csv.name() + ": " + duplicates + " rows repeat an earlier row (same organisation, region "
                    + "and activity) and count once (" + String.join("; ", repeats) + (duplicates > 5 ? "; ..." : "")
                    + ")");
        }
    }

    /** The usable rows, in file order, each once. */
    List<Resolved> rows() {
        return rows;
    }

    /** Rows left out because their country is not kept, by country. */
    Map<String, Integer> otherCountries() {
        return otherCountries;
    }

    /** Rows that repeat an earlier one. */
    int duplicates() {
        return duplicates;
    }

    /** A one-line account of the rows. */
    String account(int read) {
        StringBuilder b = new StringBuilder(read + " rows read, " + rows.size() + " used");
        otherCountries.forEach((c, n) -> b.append(", ").append(n).append(" of ").append(c).append(" left out"));
        if (duplicates > 0) {
            b.append(", ").append(duplicates).append(" repeated rows counted once");
        }
        return b.toString();
    }
}
