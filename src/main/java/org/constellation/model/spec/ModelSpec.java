package org.constellation.model.spec;

import java.io.Serializable;
import java.util.List;
import org.constellation.model.params.ModelParameters;

/**
 * Everything a {@link org.constellation.model.Constellation} needs to build its world, apart from
 * the coordination mechanisms and the sharing rule, which are passed as strategy objects.
 *
 * @param name scenario name
 * @param region countries, districts and adjacency
 * @param actors missions, agencies, donors and civil society
 * @param groups criminal and armed groups
 * @param shocks scheduled events
 * @param parameters global parameters
 */
public record ModelSpec(String name, RegionSpec region, List<ActorSpec> actors, List<GroupSpec> groups,
        List<ShockSpec> shocks, ModelParameters parameters) implements Serializable {

    public ModelSpec {
        actors = List.copyOf(actors);
        groups = List.copyOf(groups);
        shocks = List.copyOf(shocks);
    }
}
