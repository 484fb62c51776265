package org.constellation.model.world;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sim.field.network.Edge;
import sim.field.network.Network;

/**
 * The region: host countries, their districts, and the adjacency network (a MASON {@link Network}
 * whose edges carry a weight; edges between districts of different countries cross a border).
 */
public final class Region implements Serializable {

    private final String name;
    private final List<Country> countries;
    private final List<District> districts;
    private final Map<String, District> districtsById = new LinkedHashMap<>();
    private final Map<String, Country> countriesById = new LinkedHashMap<>();
    private final Network network = new Network(false);

    public Region(String name, List<Country> countries, List<District> districts) {
        this.name = name;
        this.countries = List.copyOf(countries);
        this.districts = List.copyOf(districts);
        for (Country c : countries) {
            countriesById.put(c.id(), c);
        }
        for (District d : districts) {
            districtsById.put(d.id(), d);
            network.addNode(d);
        }
    }

    /** Connects two districts (undirected); spill-over and movement follow the edge. */
    public void connect(District a, District b, double weight) {
        if (a == b) {
            throw new IllegalArgumentException("A district cannot neighbour itself: " + a.id());
        }
        network.addEdge(new Edge(a, b, weight));
        a.addNeighbour(b, weight);
        b.addNeighbour(a, weight);
    }

    /** Display name. */
    public String name() {
        return name;
    }

    /** Countries in order. */
    public List<Country> countries() {
        return countries;
    }

    /** Districts in order; a district's index is its position here. */
    public List<District> districts() {
        return districts;
    }

    /** Number of districts. */
    public int size() {
        return districts.size();
    }

    /** The district at an index. */
    public District district(int index) {
        return districts.get(index);
    }

    /** The district with an id, or null. */
    public District district(String id) {
        return districtsById.get(id);
    }

    /** The country with an id, or null. */
    public Country country(String id) {
        return countriesById.get(id);
    }

    /** The adjacency network (read-only use: portrayals and analysis). */
    public Network network() {
        return network;
    }

    /** Districts by id, in order. */
    public Map<String, District> districtsById() {
        return Collections.unmodifiableMap(districtsById);
    }
}
