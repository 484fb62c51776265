package org.constellation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.coordination.IdKind;
import org.constellation.coordination.ListSetting;
import org.constellation.coordination.MechanismInfo;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRuleInfo;
import org.constellation.information.SharingRules;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.InfoKind;
import org.constellation.model.Organisation;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.StrategyParameters;

/**
 * Maps the {@code coordination:} section: the mechanisms in force (a name, or a name with parameters
 * and lists such as {@code members}) and the sharing rule (a name, or a name with parameters, a
 * {@code base} preset and {@code table} overrides). Names, parameters and ids are checked against
 * the registries and the scenario's actors.
 */
final class StrategyMapper {

    private static final List<String> KINDS = List.of("needs", "plans", "intel");

    private StrategyMapper() {
    }

    static List<StrategyChoice> mechanisms(TreeReader r, Map<String, Object> coordination, String path,
            ScenarioMapper.References refs) {
        String p = TreeReader.join(path, "mechanisms");
        List<Object> items = coordination.containsKey("mechanisms") ? r.list(coordination, "mechanisms", path)
                : List.of("none");
        List<StrategyChoice> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            StrategyChoice c = mechanism(r, items.get(i), p + "[" + i + "]", refs);
            if (c == null) {
                continue;
            }
            if (seen.contains(c.name())) {
                r.error(p + "[" + i + "]", "mechanism '" + c.name() + "' is listed twice");
            }
            seen.add(c.name());
            out.add(c);
        }
        if (seen.contains("none") && seen.size() > 1) {
            r.error(p, "'none' cannot be combined with other mechanisms");
        }
        return out;
    }

    /** Keys of a mechanism section other than its lists. */
    private static final List<String> WINDOW_KEYS = List.of("name", "parameters", "from", "until");

    private static StrategyChoice mechanism(TreeReader r, Object item, String p, ScenarioMapper.References refs) {
        Map<String, Object> m = item instanceof String s ? Map.of("name", s) : r.asMap(item, p);
        String name = r.string(m, "name", p, "");
        if (!Mechanisms.names().contains(name)) {
            if (!name.isEmpty()) {
                r.error(p, "unknown mechanism '" + name + "'; known: " + Mechanisms.names());
            }
            return null;
        }
        MechanismInfo info = Mechanisms.info(name);
        Map<String, Double> parameters = parameters(r, m, p, name, info.parameters());
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String key : m.keySet()) {
            if (WINDOW_KEYS.contains(key)) {
                continue;
            }
            ListSetting setting = info.settings().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
            if (setting == null) {
                List<String> valid = new ArrayList<>(WINDOW_KEYS);
                info.settings().forEach(s -> valid.add(s.key()));
                r.error(p + "." + key, "unknown key for mechanism '" + name + "'; valid keys: " + valid);
                continue;
            }
            lists.put(key, ids(r, m, key, p, setting.kind(), refs));
        }
        int from = r.integer(m, "from", p, 0, 0, 1_000_000);
        int until = m.containsKey("until") ? r.integer(m, "until", p, StrategyChoice.FOREVER, 1, 1_000_000)
                : StrategyChoice.FOREVER;
        if (until <= from) {
            r.error(p + ".until", "until (" + until + ") must come after from (" + from + ")");
        }
        return new StrategyChoice(name, parameters, lists, Map.of(), from, until);
    }

    static StrategyChoice sharing(TreeReader r, Map<String, Object> coordination, String path) {
        if (!coordination.containsKey("sharing")) {
            return new StrategyChoice("none", Map.of());
        }
        String p = TreeReader.join(path, "sharing");
        Object item = coordination.get("sharing");
        Map<String, Object> m = item instanceof String s ? Map.of("name", s) : r.asMap(item, p);
        String name = r.string(m, "name", p, "");
        if (!SharingRules.names().contains(name)) {
            if (!name.isEmpty()) {
                r.error(p, "unknown sharing rule '" + name + "'; known: " + SharingRules.names());
            }
            return new StrategyChoice("none", Map.of());
        }
        SharingRuleInfo info = SharingRules.info(name);
        Map<String, Double> parameters = parameters(r, m, p, name, info.parameters());
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Double>>> table = new LinkedHashMap<>();
        for (String key : m.keySet()) {
            if (key.equals("name") || key.equals("parameters")) {
                continue;
            }
            if (!info.acceptsTable() || !(key.equals("base") || key.equals("table"))) {
                r.error(p + "." + key, "unknown key for sharing rule '" + name + "'; valid keys: "
                        + (info.acceptsTable() ? "[name, parameters, base, table]" : "[name, parameters]"));
            } else if (key.equals("base")) {
                String base = r.string(m, "base", p, "sources-default");
                if (!SharingRules.presets().contains(base)) {
                    r.error(p + ".base", "unknown preset '" + base + "'; known: " + SharingRules.presets());
                } else {
                    lists.put("base", List.of(base));
                }
            } else {
                table = table(r, r.map(m, "table", p), p + ".table");
            }
        }
        return new StrategyChoice(name, parameters, lists, table);
    }

    private static Map<String, Map<String, Map<String, Double>>> table(TreeReader r, Map<String, Object> t, String p) {
        Map<String, Map<String, Map<String, Double>>> out = new LinkedHashMap<>();
        List<String> types = ActorType.all().stream().filter(x -> x != ActorType.ARMED_GROUP).map(ActorType::key)
                .toList();
        for (Map.Entry<String, Object> sender : t.entrySet()) {
            String sp = p + "." + sender.getKey();
            if (!types.contains(sender.getKey())) {
                r.error(sp, "unknown actor type; expected one of " + types);
                continue;
            }
            Map<String, Map<String, Double>> receivers = new LinkedHashMap<>();
            for (Map.Entry<String, Object> receiver : r.asMap(sender.getValue(), sp).entrySet()) {
                String rp = sp + "." + receiver.getKey();
                if (!types.contains(receiver.getKey())) {
                    r.error(rp, "unknown actor type; expected one of " + types);
                    continue;
                }
                Map<String, Double> kinds = new LinkedHashMap<>();
                for (Map.Entry<String, Object> kind : r.asMap(receiver.getValue(), rp).entrySet()) {
                    if (!KINDS.contains(kind.getKey())) {
                        r.error(rp + "." + kind.getKey(), "unknown kind of information; expected one of " + KINDS);
                        continue;
                    }
                    kinds.put(InfoKind.byKey(kind.getKey()).key(),
                            r.checkNumber(kind.getValue(), rp + "." + kind.getKey(), 0, 0, 1));
                }
                receivers.put(receiver.getKey(), kinds);
            }
            out.put(sender.getKey(), receivers);
        }
        return out;
    }

    private static Map<String, Double> parameters(TreeReader r, Map<String, Object> m, String p, String owner,
            List<ParameterDescriptor> declared) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : r.map(m, "parameters", p).entrySet()) {
            parameters.put(e.getKey(), r.checkNumber(e.getValue(), p + ".parameters." + e.getKey(), 0,
                    -Double.MAX_VALUE, Double.MAX_VALUE));
        }
        try {
            StrategyParameters.of(owner, declared, parameters);
        } catch (IllegalArgumentException e) {
            r.error(p + ".parameters", e.getMessage());
        }
        return parameters;
    }

    private static List<String> ids(TreeReader r, Map<String, Object> m, String key, String p, IdKind kind,
            ScenarioMapper.References refs) {
        Object v = m.get(key);
        List<String> values = v instanceof String s ? List.of(s) : r.strings(m, key, p);
        for (int k = 0; k < values.size(); k++) {
            String id = values.get(k);
            String problem = switch (kind) {
                case ACTOR -> refs.actor(id) ? null : "unknown actor '" + id + "'";
                case CHALLENGE -> Challenge.keys().contains(id) ? null
                        : "unknown challenge '" + id + "'; expected one of " + Challenge.keys();
                case ORGANISATION -> Organisation.keys().contains(id) ? null
                        : "unknown organisation '" + id + "'; expected one of " + Organisation.keys();
                case CHALLENGE_ACTOR -> challengeActor(id, refs);
            };
            if (problem != null) {
                r.error(p + "." + key + "[" + k + "]", problem);
            }
        }
        return values;
    }

    private static String challengeActor(String pair, ScenarioMapper.References refs) {
        String[] parts = pair.split("=", 2);
        if (parts.length != 2 || !Challenge.keys().contains(parts[0])) {
            return "expected challenge=actor (e.g. epidemics=who), found '" + pair + "'";
        }
        return refs.actor(parts[1]) ? null : "unknown actor '" + parts[1] + "'";
    }
}
