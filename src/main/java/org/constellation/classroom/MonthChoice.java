package org.constellation.classroom;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.constellation.model.plan.PlannedActivity;

/**
 * What one seat decided for one month, in the model's terms, after validation.
 *
 * @param plan the effort it spends (district, activity, amount), or null in a month its plan is locked
 * @param shares the channels of the sharing rule it passes information on; every other open channel stays shut
 * @param memberships the mechanisms it joins (true) or leaves (false); standing from this month on
 */
record MonthChoice(List<PlannedActivity> plan, Set<Channel> shares, Map<String, Boolean> memberships)
        implements Serializable {

    MonthChoice {
        plan = plan == null ? null : List.copyOf(plan);
        shares = java.util.Collections.unmodifiableSet(new TreeSet<>(shares));
        memberships = java.util.Collections.unmodifiableMap(new TreeMap<>(memberships));
    }

    /** Total effort planned. */
    double effort() {
        return plan == null ? 0 : plan.stream().mapToDouble(PlannedActivity::effort).sum();
    }
}
