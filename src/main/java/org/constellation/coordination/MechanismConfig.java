package org.constellation.coordination;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.StrategyParameters;

/**
 * A mechanism's configuration for one run: validated numeric parameters and named lists.
 *
 * @param parameters numeric parameters (defaults filled)
 * @param lists named lists of ids (absent keys mean the mechanism's default)
 */
public record MechanismConfig(StrategyParameters parameters, Map<String, List<String>> lists) implements Serializable {

    public MechanismConfig {
        lists = Map.copyOf(lists);
    }

    /** A numeric parameter. */
    public double get(ParameterDescriptor d) {
        return parameters.get(d);
    }

    /** An integer parameter. */
    public int getInt(ParameterDescriptor d) {
        return parameters.getInt(d);
    }

    /** A named list, empty if the scenario did not give it. */
    public List<String> list(String key) {
        return lists.getOrDefault(key, List.of());
    }
}
