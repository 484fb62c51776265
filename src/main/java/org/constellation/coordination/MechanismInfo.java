package org.constellation.coordination;

import java.util.List;
import java.util.function.Function;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.params.ParameterDescriptor;

/**
 * A registry entry: a mechanism's stable name, a one-line summary, what it does in the model, its
 * source, the assumptions it makes, the parameters and lists it declares, and how to make a fresh
 * instance for a run.
 */
public record MechanismInfo(String name, String summary, String effect, String source, String assumptions,
        List<ParameterDescriptor> parameters, List<ListSetting> settings,
        Function<MechanismConfig, CoordinationMechanism> factory) {

    public MechanismInfo {
        parameters = List.copyOf(parameters);
        settings = List.copyOf(settings);
    }
}
