package org.constellation.information;

import java.util.List;
import java.util.function.Function;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.StrategyParameters;

/**
 * A registry entry: a sharing rule's stable name, a one-line summary, its source, the parameters it
 * declares, and how to make a fresh instance for a run.
 */
public record SharingRuleInfo(String name, String summary, String source, List<ParameterDescriptor> parameters,
        Function<StrategyParameters, InformationSharingRule> factory) {

    public SharingRuleInfo {
        parameters = List.copyOf(parameters);
    }
}
