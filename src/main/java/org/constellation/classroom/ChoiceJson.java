package org.constellation.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constellation.model.Constellation;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.District;

/**
 * A {@link MonthChoice} as the session log holds it, by ids (districts, activities, actors, kinds of
 * information, mechanisms) and exact efforts, and back.
 */
final class ChoiceJson {

    private ChoiceJson() {
    }

    /** The choice as {@code plan}, {@code share} and {@code membership} keys of a log event. */
    static Map<String, Object> encode(MonthChoice choice, Constellation m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("plan", choice.plan() == null ? null : Picture.entries(choice.plan(), m));
        List<Object> shares = new ArrayList<>();
        for (Channel c : choice.shares()) {
            shares.add(Picture.map("to", m.actors().get(c.receiver()).id(), "kind", c.kind().key()));
        }
        out.put("share", shares);
        out.put("membership", new LinkedHashMap<>(choice.memberships()));
        return out;
    }

    /**
     * The choice an event of the log holds.
     *
     * @param where the file and line, for errors
     */
    @SuppressWarnings("unchecked")
    static MonthChoice decode(Map<String, Object> event, Constellation m, String where) throws SessionException {
        try {
            List<PlannedActivity> plan = null;
            if (event.get("plan") != null) {
                plan = new ArrayList<>();
                for (Map<String, Object> row : (List<Map<String, Object>>) event.get("plan")) {
                    District d = m.region().districtsById().get((String) row.get("district"));
                    var activity = m.catalogue().find((String) row.get("activity"));
                    if (d == null || activity == null) {
                        throw new SessionException(where + ": unknown district or activity in " + row);
                    }
                    double effort = ((Number) row.get("effort")).doubleValue();
                    plan.add(new PlannedActivity(d.index(), activity.index(), effort));
                }
            }
            Set<Channel> shares = new TreeSet<>();
            for (Map<String, Object> row : (List<Map<String, Object>>) event.getOrDefault("share", List.of())) {
                Actor to = m.actors().stream().filter(a -> a.id().equals(row.get("to"))).findFirst().orElse(null);
                if (to == null) {
                    throw new SessionException(where + ": unknown actor in " + row);
                }
                shares.add(new Channel(to.index(), InfoKind.byKey((String) row.get("kind"))));
            }
            Map<String, Boolean> memberships = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) event.getOrDefault("membership", Map.of()))
                    .entrySet()) {
                memberships.put(e.getKey(), (Boolean) e.getValue());
            }
            return new MonthChoice(plan, shares, memberships);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new SessionException(where + ": not a readable decision (" + e.getMessage() + ")");
        }
    }
}
