package org.constellation.experiment.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered set of factors of an experiment, i.e. the input space of a design. The order fixes the
 * column order of every design (and dimension {@code d} of a unit-hypercube sample is factor
 * {@code d}).
 *
 * <p>The unit-hypercube mapping applies each factor's quantile function independently
 * (Saltelli et al. 2008, <i>Global Sensitivity Analysis: The Primer</i>, §1.2.3), which assumes
 * independent inputs.
 *
 * @param factors the factors, with distinct names (none: a space of one point, for replications alone)
 */
public record FactorSpace(List<Factor> factors) {

    /** Validates and copies the factor list. */
    public FactorSpace {
        factors = List.copyOf(factors);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            if (seen.put(factors.get(i).name(), i) != null) {
                throw new IllegalArgumentException("duplicate factor name: " + factors.get(i).name());
            }
        }
    }

    /** Throws unless the space has at least one factor (every design but a grid or explicit list needs one). */
    static void requireFactors(FactorSpace space, String design) {
        if (space.factors().isEmpty()) {
            throw new IllegalArgumentException("a " + design + " needs at least one factor");
        }
    }

    /** @return a space of the given factors, in order */
    public static FactorSpace of(Factor... factors) {
        return new FactorSpace(List.of(factors));
    }

    /** @return the number of factors k */
    public int size() {
        return factors.size();
    }

    /** @return factor number {@code i} */
    public Factor factor(int i) {
        return factors.get(i);
    }

    /** @return the factor names in order */
    public List<String> names() {
        List<String> names = new ArrayList<>(factors.size());
        for (Factor f : factors) {
            names.add(f.name());
        }
        return List.copyOf(names);
    }

    /**
     * @return the position of the named factor
     * @throws IllegalArgumentException if there is no such factor
     */
    public int indexOf(String name) {
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no factor named " + name);
    }

    /**
     * Maps a point of the unit hypercube to factor values with {@link Factor#valueAt(double)}.
     *
     * @param u one coordinate in [0,1) per factor
     * @return the values, in factor order
     */
    public Object[] valuesAt(double[] u) {
        if (u.length != factors.size()) {
            throw new IllegalArgumentException("expected " + factors.size() + " coordinates, got " + u.length);
        }
        Object[] values = new Object[u.length];
        for (int i = 0; i < u.length; i++) {
            values[i] = factors.get(i).valueAt(u[i]);
        }
        return values;
    }
}
