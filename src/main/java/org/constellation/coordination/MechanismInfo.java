package org.constellation.coordination;

import java.util.List;
import java.util.function.Function;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.StrategyParameters;

/**
 * A registry entry: a mechanism's stable name, a one-line summary, its source, the parameters it
 * declares, and how to make a fresh instance for a run.
 */
public record MechanismInfo(String name, String summary, String source, List<ParameterDescriptor> parameters,
        Function<StrategyParameters, CoordinationMechanism> factory) {

    public MechanismInfo {
        parameters = List.copyOf(parameters);
    }
}
