package org.constellation.model.spec;

import java.io.Serializable;
import java.util.List;

/**
 * The region: countries, their districts and the adjacency network.
 *
 * @param name display name
 * @param countries countries in order
 * @param districts districts in order
 * @param edges adjacencies (undirected)
 */
public record RegionSpec(String name, List<CountrySpec> countries, List<DistrictSpec> districts,
        List<EdgeSpec> edges) implements Serializable {

    public RegionSpec {
        countries = List.copyOf(countries);
        districts = List.copyOf(districts);
        edges = List.copyOf(edges);
    }
}
