package org.constellation.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The activity categories of the comparison: the 3W activities of a mapping that are activities,
 * those sharing a catalogue activity merged into one category (named by their names joined with
 * " | "), so that every catalogue activity maps back to exactly one category.
 */
public final class ThreeWCategories {

    private final List<String> names = new ArrayList<>();
    private final Map<String, String> byActivity = new LinkedHashMap<>();
    private final Map<String, String> byThreeW = new LinkedHashMap<>();

    /** The categories of a mapping. */
    public ThreeWCategories(ThreeWMapping mapping) {
        List<List<String>> groups = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        mapping.activities().forEach((name, a) -> {
            if (!a.isActivity()) {
                return;
            }
            List<String> group = new ArrayList<>(List.of(name));
            List<String> groupKeys = new ArrayList<>(a.activities());
            for (int g = groups.size() - 1; g >= 0; g--) {
                if (keys.get(g).stream().anyMatch(groupKeys::contains)) {
                    group.addAll(0, groups.remove(g));
                    groupKeys.addAll(keys.remove(g));
                }
            }
            groups.add(group);
            keys.add(groupKeys);
        });
        for (int g = 0; g < groups.size(); g++) {
            String name = String.join(" | ", groups.get(g));
            names.add(name);
            groups.get(g).forEach(n -> byThreeW.put(n, name));
            for (String k : keys.get(g)) {
                byActivity.put(k, name);
            }
        }
    }

    /** The category names, in mapping order. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** The category of a catalogue activity (challenge/id), or null if no 3W activity maps to it. */
    public String ofActivity(String key) {
        return byActivity.get(key);
    }

    /** The category of a 3W activity, or null if it is not an activity. */
    public String ofThreeW(String activity) {
        return byThreeW.get(Ids.tidy(activity));
    }
}
