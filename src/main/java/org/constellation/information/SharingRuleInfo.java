package org.constellation.information;

import java.util.List;
import java.util.function.Function;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.params.ParameterDescriptor;

/**
 * A registry entry: a sharing rule's stable name, a one-line summary, what it does in the model, its
 * source, its assumptions, the parameters it declares, whether it takes willingness-table overrides
 * and a {@code base} preset, and how to make a fresh instance for a run.
 */
public record SharingRuleInfo(String name, String summary, String effect, String source, String assumptions,
        List<ParameterDescriptor> parameters, boolean acceptsTable, Function<RuleConfig, InformationSharingRule> factory) {

    public SharingRuleInfo {
        parameters = List.copyOf(parameters);
    }
}
