package org.constellation.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.constellation.model.Constellation;
import org.constellation.model.InfoKind;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.District;

/**
 * Checks what a player submits against what its seat may do this month, and turns it into a
 * {@link MonthChoice}; or lists every problem, each with the field it is about, and nothing is taken.
 * A submission is {@code {"step": N, "plan": [{"district", "activity", "effort"}...], "share": [{"to",
 * "kind"}...], "membership": {"mechanism": true|false}}}.
 */
final class SubmissionCheck {

    /** Most plan entries or sharing choices one submission may hold. */
    static final int MAX_ROWS = 500;
    private static final double TOLERANCE = 1e-6;

    /**
     * A problem with one field.
     *
     * @param field where it is, e.g. {@code plan[2].district}
     * @param message what is wrong and what would be right
     */
    record Problem(String field, String message) {
    }

    /** The choice, or the problems (then no choice). */
    record Outcome(MonthChoice choice, List<Problem> problems) {
        boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final SeatBrief brief;
    private final Constellation m;
    private final Actor actor;
    private final List<Problem> problems = new ArrayList<>();

    private SubmissionCheck(SeatBrief brief, Constellation m) {
        this.brief = brief;
        this.m = m;
        this.actor = m.actors().get(brief.actor());
    }

    /** Checks a submission for the month at {@code step}. */
    static Outcome check(JsonNode body, SeatBrief brief, Constellation m, int step) {
        return new SubmissionCheck(brief, m).run(body, step);
    }

    private Outcome run(JsonNode body, int step) {
        if (body == null || !body.isObject()) {
            return refuse("", "a submission is a JSON object with step, plan, share and membership");
        }
        unknownKeys(body, "", Set.of("step", "plan", "share", "membership"));
        JsonNode s = body.get("step");
        if (s == null || !s.canConvertToInt()) {
            problems.add(new Problem("step", "give the month's step as a whole number (this month: " + step + ")"));
        } else if (s.asInt() != step) {
            problems.add(new Problem("step", "this page was for step " + s.asInt() + " but the session is at step "
                    + step + ": reload the page"));
        }
        if (brief.idle()) {
            problems.add(new Problem("", actor.name() + " is not deployed this month: there is nothing to decide"));
        }
        List<PlannedActivity> plan = plan(body.get("plan"));
        Set<Channel> shares = shares(body.get("share"));
        Map<String, Boolean> memberships = memberships(body.get("membership"));
        return problems.isEmpty() ? new Outcome(new MonthChoice(plan, shares, memberships), List.of())
                : new Outcome(null, List.copyOf(problems));
    }

    private Outcome refuse(String field, String message) {
        return new Outcome(null, List.of(new Problem(field, message)));
    }

    private List<PlannedActivity> plan(JsonNode rows) {
        if (!brief.replans()) {
            if (rows != null && !rows.isNull() && rows.size() > 0) {
                problems.add(new Problem("plan", actor.name() + " keeps its allocation this month (its funding is "
                        + "earmarked: it re-plans every " + actor.replanInterval() + " months): leave the plan empty"));
            }
            return null;
        }
        if (!isList(rows, "plan")) {
            return List.of();
        }
        Map<Long, Double> merged = new LinkedHashMap<>();
        double total = 0;
        for (int i = 0; i < rows.size(); i++) {
            String field = "plan[" + i + "]";
            JsonNode row = rows.get(i);
            if (!row.isObject()) {
                problems.add(new Problem(field, "each plan row is an object with district, activity and effort"));
                continue;
            }
            unknownKeys(row, field + ".", Set.of("district", "activity", "effort"));
            District d = district(row.get("district"), field + ".district");
            ActivityType a = activity(row.get("activity"), field + ".activity");
            double effort = effort(row.get("effort"), field + ".effort");
            if (d != null && a != null && effort > 0) {
                merged.merge((long) d.index() * m.catalogue().size() + a.index(), effort, Double::sum);
                total += effort;
            }
        }
        if (total > brief.budget() + TOLERANCE) {
            problems.add(new Problem("plan", String.format(java.util.Locale.ROOT, "the plan spends %.2f effort units; "
                    + "%.2f are left this month (capacity %.2f less %.2f staff time on coordination%s)", total,
                    brief.budget(), brief.capacity(), brief.coordination(), brief.banked() > 0
                            ? String.format(java.util.Locale.ROOT, ", plus %.2f banked", brief.banked()) : "")));
        }
        List<PlannedActivity> out = new ArrayList<>();
        int types = m.catalogue().size();
        merged.forEach((key, effort) -> out.add(new PlannedActivity((int) (key / types), (int) (key % types), effort)));
        return out;
    }

    private District district(JsonNode node, String field) {
        if (node == null || !node.isTextual()) {
            problems.add(new Problem(field, "name a district by its id, one of " + presence()));
            return null;
        }
        District d = m.region().districtsById().get(node.asText());
        if (d == null) {
            problems.add(new Problem(field, "'" + node.asText() + "' is not a district of this scenario; "
                    + actor.name() + " works in " + presence()));
        } else if (!actor.isPresentIn(d)) {
            problems.add(new Problem(field, d.name() + " is outside " + actor.name() + "'s presence (" + presence()
                    + ")"));
        } else if (!brief.workable().contains(d.index())) {
            problems.add(new Problem(field, actor.name() + " cannot work in " + d.name() + " this month (no consent "
                    + "of the host, or its security rules keep it out)"));
        } else {
            return d;
        }
        return null;
    }

    private ActivityType activity(JsonNode node, String field) {
        if (node == null || !node.isTextual()) {
            problems.add(new Problem(field, "name an activity of " + actor.name() + "'s mandate by its id"));
            return null;
        }
        String id = node.asText();
        ActivityType a = m.catalogue().find(id);
        if (a == null) {
            problems.add(new Problem(field, "'" + id + "' is not an activity of the catalogue (challenge/activity)"));
        } else if (!actor.mandate().allows(a.index())) {
            problems.add(new Problem(field, "'" + a.label() + "' is not in " + actor.name() + "'s mandate"));
        } else {
            return a;
        }
        return null;
    }

    private double effort(JsonNode node, String field) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble()) || node.asDouble() < 0) {
            problems.add(new Problem(field, "give the effort as a number of effort units, 0 or more"));
            return 0;
        }
        return node.asDouble();
    }

    private Set<Channel> shares(JsonNode rows) {
        Set<Channel> out = new TreeSet<>();
        if (!isList(rows, "share")) {
            return out;
        }
        Set<Channel> open = new TreeSet<>();
        brief.channels().forEach(c -> open.add(c.channel()));
        for (int i = 0; i < rows.size(); i++) {
            String field = "share[" + i + "]";
            JsonNode row = rows.get(i);
            if (!row.isObject() || !row.path("to").isTextual() || !row.path("kind").isTextual()) {
                problems.add(new Problem(field, "each sharing choice is an object with to (an actor id) and kind "
                        + "(needs, plans or intel)"));
                continue;
            }
            unknownKeys(row, field + ".", Set.of("to", "kind"));
            Actor to = m.actors().stream().filter(a -> a.id().equals(row.get("to").asText())).findFirst().orElse(null);
            InfoKind kind = kind(row.get("kind").asText());
            if (to == null) {
                problems.add(new Problem(field + ".to", "'" + row.get("to").asText()
                        + "' is not an actor of this scenario"));
            } else if (kind == null) {
                problems.add(new Problem(field + ".kind", "'" + row.get("kind").asText() + "' is not a kind of "
                        + "information (needs, plans or intel)"));
            } else if (!open.contains(new Channel(to.index(), kind))) {
                problems.add(new Problem(field, "the sharing rule opens no channel for " + kind.key() + " from "
                        + actor.name() + " to " + to.name() + " this month"));
            } else {
                out.add(new Channel(to.index(), kind));
            }
        }
        return out;
    }

    private Map<String, Boolean> memberships(JsonNode node) {
        Map<String, Boolean> out = new TreeMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            problems.add(new Problem("membership", "give memberships as an object: {\"mechanism\": true or false}"));
            return out;
        }
        Map<String, SeatBrief.MembershipOption> open = new LinkedHashMap<>();
        brief.memberships().forEach(o -> open.put(o.mechanism(), o));
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "membership." + e.getKey();
            SeatBrief.MembershipOption option = open.get(e.getKey());
            if (!e.getValue().isBoolean()) {
                problems.add(new Problem(field, "true (take part) or false (stay out)"));
            } else if (option == null) {
                problems.add(new Problem(field, "no mechanism '" + e.getKey() + "' is open to " + actor.name()
                        + " this month" + (open.isEmpty() ? "" : "; open: " + open.keySet())));
            } else if (e.getValue().asBoolean() && !option.eligible()) {
                problems.add(new Problem(field, e.getKey() + " is not open to " + actor.name()
                        + ": it can only stay out"));
            } else {
                out.put(e.getKey(), e.getValue().asBoolean());
            }
        }
        return out;
    }

    private boolean isList(JsonNode rows, String field) {
        if (rows == null || rows.isNull()) {
            return false;
        }
        if (!rows.isArray()) {
            problems.add(new Problem(field, "give " + field + " as a list"));
            return false;
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(new Problem(field, "at most " + MAX_ROWS + " rows"));
            return false;
        }
        return true;
    }

    private void unknownKeys(JsonNode node, String prefix, Set<String> known) {
        node.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                problems.add(new Problem(prefix + k, "unknown field; expected one of " + new TreeSet<>(known)));
            }
        });
    }

    private static InfoKind kind(String key) {
        for (InfoKind k : InfoKind.values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    private String presence() {
        return String.join(", ", actor.presence().stream().map(District::id).toList());
    }
}
