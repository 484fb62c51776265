package org.constellation.information;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.params.StrategyParameters;

/** The registry of information-sharing rules: the only place that maps names to classes. */
public final class SharingRules {

    private static final Map<String, SharingRuleInfo> REGISTRY = index(List.of(NoSharing.info()));

    private SharingRules() {
    }

    private static Map<String, SharingRuleInfo> index(List<SharingRuleInfo> infos) {
        Map<String, SharingRuleInfo> map = new LinkedHashMap<>();
        for (SharingRuleInfo i : infos) {
            if (map.put(i.name(), i) != null) {
                throw new IllegalStateException("Duplicate sharing rule " + i.name());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every registered rule, in catalogue order. */
    public static List<SharingRuleInfo> all() {
        return new ArrayList<>(REGISTRY.values());
    }

    /** The valid names, in catalogue order. */
    public static List<String> names() {
        return new ArrayList<>(REGISTRY.keySet());
    }

    /** The entry for a name, or an exception listing the valid names. */
    public static SharingRuleInfo info(String name) {
        SharingRuleInfo info = REGISTRY.get(name);
        if (info == null) {
            throw new IllegalArgumentException("Unknown sharing rule '" + name + "'. Known: " + names());
        }
        return info;
    }

    /** A fresh, configured instance for one run. */
    public static InformationSharingRule create(String name, Map<String, Double> parameters) {
        SharingRuleInfo info = info(name);
        return info.factory().apply(StrategyParameters.of(name, info.parameters(), parameters));
    }
}
