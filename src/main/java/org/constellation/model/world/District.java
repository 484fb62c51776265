package org.constellation.model.world;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A district: population, state presence, position on the map and its neighbours on the adjacency
 * network. Needs per challenge live in the {@link NeedField}.
 */
public final class District implements Serializable {

    private final int index;
    private final String id;
    private final String name;
    private final Country country;
    private final double population;
    private final boolean capital;
    private final double x;
    private final double y;
    private double statePresence;
    private int[] neighbours = new int[0];
    private double[] weights = new double[0];
    private boolean[] crossBorder = new boolean[0];

    public District(int index, String id, String name, Country country, double population, boolean capital,
            double x, double y, double statePresence) {
        this.index = index;
        this.id = id;
        this.name = name;
        this.country = country;
        this.population = population;
        this.capital = capital;
        this.x = x;
        this.y = y;
        this.statePresence = statePresence;
        country.addDistrict(this);
    }

    /** Position in the region's district list. */
    public int index() {
        return index;
    }

    /** Unique id. */
    public String id() {
        return id;
    }

    /** Display name. */
    public String name() {
        return name;
    }

    /** The country it belongs to. */
    public Country country() {
        return country;
    }

    /** Inhabitants, in thousands. */
    public double population() {
        return population;
    }

    /** True if the capital lies here. */
    public boolean isCapital() {
        return capital;
    }

    /** Map x position. */
    public double x() {
        return x;
    }

    /** Map y position. */
    public double y() {
        return y;
    }

    /** Share of the district where the state is present, 0-1. */
    public double statePresence() {
        return statePresence;
    }

    /** Sets state presence, clamped to 0-1. */
    public void setStatePresence(double value) {
        statePresence = Math.max(0, Math.min(1, value));
    }

    /** Indices of neighbouring districts. */
    public int[] neighbours() {
        return neighbours.clone();
    }

    /** Number of neighbours. */
    public int degree() {
        return neighbours.length;
    }

    /** Index of the k-th neighbour. */
    public int neighbour(int k) {
        return neighbours[k];
    }

    /** Weight of the edge to the k-th neighbour. */
    public double weight(int k) {
        return weights[k];
    }

    /** True if the edge to the k-th neighbour crosses a border. */
    public boolean crossesBorder(int k) {
        return crossBorder[k];
    }

    void addNeighbour(District other, double weight) {
        int n = neighbours.length;
        neighbours = Arrays.copyOf(neighbours, n + 1);
        weights = Arrays.copyOf(weights, n + 1);
        crossBorder = Arrays.copyOf(crossBorder, n + 1);
        neighbours[n] = other.index;
        weights[n] = weight;
        crossBorder[n] = other.country != country;
    }

    @Override
    public String toString() {
        return id;
    }
}
