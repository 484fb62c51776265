package org.constellation.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.RegionSpec;
import org.constellation.model.spec.ShockSpec;

/**
 * Maps the {@code shocks:} section: scheduled events, each with its kind's own keys; mandate changes, phased
 * drawdowns and handovers refer to actors under {@code actors:}.
 */
final class ShockMapper {

    /** The valid kinds of shock. */
    static final List<String> KINDS = List.of("epidemic-outbreak", "drought", "coup", "mission-closure",
            "funding-change", "group-surge", "mandate-change", "drawdown", "handover");
    private static final Map<String, List<String>> KEYS = Map.of(
            "epidemic-outbreak", List.of("district", "magnitude"), "drought", List.of("area", "magnitude"),
            "coup", List.of("country", "willingness", "consent"), "mission-closure", List.of("actor"),
            "funding-change", List.of("actor", "factor"), "group-surge", List.of("group", "strength"),
            "mandate-change", List.of("actor", "mandate"), "drawdown", List.of("actor", "until", "order"),
            "handover", List.of("actor", "successor", "records_lost", "capacity_share"));

    private final TreeReader r;
    private final ScenarioMapper.References refs;
    private final List<ActorSpec> actors;
    private final Map<String, Double> presence = new HashMap<>();

    ShockMapper(TreeReader r, ScenarioMapper.References refs, RegionSpec region, List<ActorSpec> actors) {
        this.r = r;
        this.refs = refs;
        this.actors = actors;
        region.districts().forEach(d -> presence.put(d.id(), d.statePresence()));
    }

    List<ShockSpec> map(List<Object> items, String path) {
        List<ShockSpec> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            Map<String, Object> s = r.asMap(items.get(i), p);
            String kind = r.string(s, "kind", p, "");
            if (kind.isEmpty()) {
                continue;
            }
            int step = r.integer(s, "step", p, 0, 0, 1_000_000);
            for (String key : s.keySet()) {
                if (!key.equals("kind") && !key.equals("step") && KEYS.containsKey(kind)
                        && !KEYS.get(kind).contains(key)) {
                    r.error(p + "." + key, "'" + key + "' does not apply to a " + kind + " (it takes "
                            + KEYS.get(kind) + ")");
                }
            }
            if (kind.equals("drawdown")) {
                out.addAll(drawdown(s, p, step));
                continue;
            }
            ShockSpec shock = switch (kind) {
                case "epidemic-outbreak" -> new ShockSpec.EpidemicOutbreak(step, district(s, "district", p),
                        r.number(s, "magnitude", p, Double.NaN, 0, 1));
                case "drought" -> new ShockSpec.Drought(step, area(s, p), r.number(s, "magnitude", p, Double.NaN, 0, 1));
                case "coup" -> new ShockSpec.Coup(step, country(s, p), optional(s, "willingness", p),
                        optional(s, "consent", p));
                case "mission-closure" -> new ShockSpec.MissionClosure(step, actor(s, p));
                case "funding-change" -> new ShockSpec.FundingCut(step, actor(s, p),
                        r.number(s, "factor", p, Double.NaN, 0, 100));
                case "group-surge" -> new ShockSpec.GroupSurge(step, group(s, p),
                        r.number(s, "strength", p, Double.NaN, -1e4, 1e4));
                case "mandate-change" -> mandateChange(s, p, step);
                case "handover" -> handover(s, p, step);
                default -> {
                    r.error(p + ".kind", "unknown kind of shock '" + kind + "'; expected one of " + KINDS);
                    yield null;
                }
            };
            if (shock != null) {
                out.add(shock);
            }
        }
        return out;
    }

    /** The actor's new mandate: the keys given replace those of its mandate as the scenario gives it. */
    private ShockSpec mandateChange(Map<String, Object> s, String p, int step) {
        String id = actor(s, p);
        ActorSpec a = spec(id, p);
        if (!s.containsKey("mandate")) {
            r.error(p, "a mandate-change needs a 'mandate' section (the keys that change)");
        }
        if (a == null) {
            return null;
        }
        return new ShockSpec.MandateChange(step, id, new ActorMapper(r, refs).mandate(r.map(s, "mandate", p),
                p + ".mandate", a.mandate()));
    }

    private ShockSpec handover(Map<String, Object> s, String p, int step) {
        String id = actor(s, p);
        String successor = r.string(s, "successor", p, "");
        if (successor.isEmpty()) {
            r.error(p, "a handover needs a 'successor'");
        } else if (spec(successor, p + ".successor") == null) {
            return null;
        } else if (successor.equals(id)) {
            r.error(p + ".successor", "an actor cannot hand over to itself");
        }
        spec(id, p);
        return new ShockSpec.Handover(step, id, successor, r.number(s, "records_lost", p, 0, 0, 1),
                r.number(s, "capacity_share", p, 0, 0, 1));
    }

    /**
     * A phased drawdown from {@code step} to {@code until}: the exit is announced at {@code step}; at each step
     * before {@code until} the actor keeps ceil(n x steps left / steps) of its n districts, leaving them in the
     * given {@code order} (default: least state presence first; districts not listed leave last); it closes at
     * {@code until}. Maps to one {@link ShockSpec.Drawdown} per step.
     */
    private List<ShockSpec> drawdown(Map<String, Object> s, String p, int step) {
        String id = actor(s, p);
        ActorSpec a = spec(id, p);
        int until = r.integer(s, "until", p, -1, -1, 1_000_000);
        if (until <= step) {
            r.error(p + ".until", "a drawdown needs 'until', the step it ends, after its step (" + step + ")");
            return List.of();
        }
        if (a == null) {
            return List.of();
        }
        List<String> order = new ArrayList<>();
        List<String> given = r.strings(s, "order", p);
        for (int k = 0; k < given.size(); k++) {
            if (!a.presence().contains(given.get(k))) {
                r.error(p + ".order[" + k + "]", "'" + given.get(k) + "' is not one of " + id + "'s districts "
                        + a.presence());
            } else if (!order.contains(given.get(k))) {
                order.add(given.get(k));
            }
        }
        List<String> rest = new ArrayList<>(a.presence());
        rest.removeAll(order);
        rest.sort(Comparator.comparingDouble((String d) -> presence.getOrDefault(d, 0.0))
                .thenComparing(a.presence()::indexOf));
        order.addAll(rest);
        int n = order.size();
        int span = until - step;
        List<ShockSpec> out = new ArrayList<>();
        int left = 0;
        for (int k = 0; k < span; k++) {
            int keep = (int) Math.ceil((double) n * (span - k - 1) / span);
            out.add(new ShockSpec.Drawdown(step + k, id, until, order.subList(left, n - keep)));
            left = n - keep;
        }
        return out;
    }

    /** The actor spec with this id (an error if it names a host government or nothing), or null. */
    private ActorSpec spec(String id, String p) {
        for (ActorSpec a : actors) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        if (!id.isEmpty() && refs.actor(id)) {
            r.error(p, "'" + id + "' is a host government; this shock applies to the actors under 'actors'");
        } else if (!id.isEmpty()) {
            r.error(p, "unknown actor '" + id + "'");
        }
        return null;
    }

    private double optional(Map<String, Object> s, String key, String p) {
        return s.containsKey(key) ? r.number(s, key, p, Double.NaN, 0, 1) : Double.NaN;
    }

    private String district(Map<String, Object> s, String key, String p) {
        String id = r.string(s, key, p, "");
        if (!id.isEmpty() && !refs.district(id)) {
            r.error(p + "." + key, "unknown district '" + id + "'");
        }
        return id;
    }

    private String area(Map<String, Object> s, String p) {
        String id = r.string(s, "area", p, "");
        if (!id.isEmpty() && !refs.area(id)) {
            r.error(p + ".area", "unknown district or country '" + id + "'");
        }
        return id;
    }

    private String country(Map<String, Object> s, String p) {
        String id = r.string(s, "country", p, "");
        if (!id.isEmpty() && !refs.country(id)) {
            r.error(p + ".country", "unknown country '" + id + "'");
        }
        return id;
    }

    private String actor(Map<String, Object> s, String p) {
        String id = r.string(s, "actor", p, "");
        if (!id.isEmpty() && !refs.actor(id)) {
            r.error(p + ".actor", "unknown actor '" + id + "'");
        }
        return id;
    }

    private String group(Map<String, Object> s, String p) {
        String id = r.string(s, "group", p, "");
        if (!id.isEmpty() && !refs.group(id)) {
            r.error(p + ".group", "unknown group '" + id + "'");
        }
        return id;
    }
}
