package org.constellation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRules;
import org.constellation.model.params.StrategyParameters;

/**
 * Maps the {@code coordination:} section: the mechanisms in force (a name, or a name with
 * parameters) and the sharing rule. Names and parameters are checked against the registries.
 */
final class StrategyMapper {

    private StrategyMapper() {
    }

    static List<StrategyChoice> mechanisms(TreeReader r, Map<String, Object> coordination, String path) {
        String p = TreeReader.join(path, "mechanisms");
        List<Object> items = coordination.containsKey("mechanisms") ? r.list(coordination, "mechanisms", path)
                : List.of("none");
        List<StrategyChoice> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            StrategyChoice c = choice(r, items.get(i), p + "[" + i + "]", true);
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

    static StrategyChoice sharing(TreeReader r, Map<String, Object> coordination, String path) {
        if (!coordination.containsKey("sharing")) {
            return new StrategyChoice("none", Map.of());
        }
        StrategyChoice c = choice(r, coordination.get("sharing"), TreeReader.join(path, "sharing"), false);
        return c == null ? new StrategyChoice("none", Map.of()) : c;
    }

    private static StrategyChoice choice(TreeReader r, Object item, String p, boolean mechanism) {
        String name;
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (item instanceof String s) {
            name = s;
        } else if (item instanceof Map<?, ?>) {
            Map<String, Object> m = r.asMap(item, p);
            name = r.string(m, "name", p, "");
            for (Map.Entry<String, Object> e : r.map(m, "parameters", p).entrySet()) {
                parameters.put(e.getKey(), r.checkNumber(e.getValue(), p + ".parameters." + e.getKey(), 0,
                        -Double.MAX_VALUE, Double.MAX_VALUE));
            }
        } else {
            r.error(p, "expected a name or {name, parameters}, found " + TreeReader.describe(item));
            return null;
        }
        List<String> known = mechanism ? Mechanisms.names() : SharingRules.names();
        if (!known.contains(name)) {
            r.error(p, "unknown " + (mechanism ? "mechanism" : "sharing rule") + " '" + name + "'; known: " + known);
            return null;
        }
        try {
            StrategyParameters.of(name, mechanism ? Mechanisms.info(name).parameters()
                    : SharingRules.info(name).parameters(), parameters);
        } catch (IllegalArgumentException e) {
            r.error(p + ".parameters", e.getMessage());
        }
        return new StrategyChoice(name, parameters);
    }
}
