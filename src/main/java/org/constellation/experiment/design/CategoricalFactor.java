package org.constellation.experiment.design;

import java.util.HashSet;
import java.util.List;

/**
 * A categorical factor with an ordered list of distinct string levels.
 *
 * <p>Unit mapping: {@code u ∈ [0,1)} selects level {@code floor(u L)} of the {@code L} levels, so
 * each level receives probability {@code 1/L} (inverse-transform sampling of a discrete uniform,
 * Saltelli et al. 2008, <i>Global Sensitivity Analysis: The Primer</i>, §1.2.3). Lattice mapping:
 * the {@code i}-th of {@code n} lattice points selects level {@code round(i (L-1)/(n-1))}, so a
 * lattice of {@code L} points visits every level once, in order.
 *
 * @param name   unique, non-blank name
 * @param levels ordered, distinct, non-null levels; at least one
 */
public record CategoricalFactor(String name, List<String> levels) implements Factor {

    /** Validates and copies the levels. */
    public CategoricalFactor {
        NumericFactor.checkName(name);
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException(name + ": a categorical factor needs at least one level");
        }
        if (new HashSet<>(levels).size() != levels.size()) {
            throw new IllegalArgumentException(name + ": levels must be distinct: " + levels);
        }
    }

    @Override
    public boolean isNumeric() {
        return false;
    }

    @Override
    public Object valueAt(double u) {
        NumericFactor.checkUnit(u);
        int l = levels.size();
        return levels.get(Math.min((int) Math.floor(u * l), l - 1));
    }

    @Override
    public Object gridValue(int index, int n) {
        if (n < 1 || index < 0 || index >= n) {
            throw new IllegalArgumentException("need 0 <= index < levels, got " + index + " of " + n);
        }
        if (n == 1) {
            return levels.get(0);
        }
        return levels.get((int) Math.round(index * (levels.size() - 1) / (double) (n - 1)));
    }

    /** @return all levels in declared order; the argument is ignored */
    @Override
    public List<Object> gridValues(int ignored) {
        return List.copyOf(levels);
    }

    @Override
    public Object canonicalize(Object value) {
        if (!(value instanceof String s) || !levels.contains(s)) {
            throw new IllegalArgumentException(name + ": " + value + " is not one of " + levels);
        }
        return s;
    }
}
