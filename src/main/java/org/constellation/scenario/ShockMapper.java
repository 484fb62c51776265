package org.constellation.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.model.spec.ShockSpec;

/** Maps the {@code shocks:} section: scheduled events, each with its kind's own keys. */
final class ShockMapper {

    /** The valid kinds of shock. */
    static final List<String> KINDS = List.of("epidemic-outbreak", "drought", "coup", "mission-closure",
            "funding-change", "group-surge");
    private static final Map<String, List<String>> KEYS = Map.of(
            "epidemic-outbreak", List.of("district", "magnitude"), "drought", List.of("area", "magnitude"),
            "coup", List.of("country", "willingness", "consent"), "mission-closure", List.of("actor"),
            "funding-change", List.of("actor", "factor"), "group-surge", List.of("group", "strength"));

    private final TreeReader r;
    private final ScenarioMapper.References refs;

    ShockMapper(TreeReader r, ScenarioMapper.References refs) {
        this.r = r;
        this.refs = refs;
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
