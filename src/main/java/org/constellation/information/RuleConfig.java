package org.constellation.information;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.StrategyParameters;

/**
 * A sharing rule's configuration for one run: validated numeric parameters, named lists, and
 * willingness-table overrides (sender type, receiver type, kind, value).
 */
public record RuleConfig(StrategyParameters parameters, Map<String, List<String>> lists,
        Map<String, Map<String, Map<String, Double>>> table) implements Serializable {

    public RuleConfig {
        lists = Map.copyOf(lists);
        table = Map.copyOf(table);
    }

    /** A numeric parameter. */
    public double get(ParameterDescriptor d) {
        return parameters.get(d);
    }

    /** An integer parameter. */
    public int getInt(ParameterDescriptor d) {
        return parameters.getInt(d);
    }

    /** A named list, empty if not given. */
    public List<String> list(String key) {
        return lists.getOrDefault(key, List.of());
    }
}
