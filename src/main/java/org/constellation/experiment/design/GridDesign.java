package org.constellation.experiment.design;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Full factorial (grid) design: the Cartesian product of per-factor value lists (Montgomery 2017,
 * <i>Design and Analysis of Experiments</i>, 9th ed., ch. 5; the "full factorial" of NetLogo
 * BehaviorSpace).
 *
 * <p>Numeric factors use {@code levels} evenly spaced values including both ends
 * ({@link Factor#gridValues(int)}; geometric spacing on a log scale; integer factors are rounded
 * and duplicates dropped, so an integer factor with fewer than {@code levels} values in range uses
 * each once). Categorical factors use all their levels in declared order.
 *
 * <p>Order: lexicographic in factor order with the <b>last factor varying fastest</b>, i.e. point
 * {@code i} has, for factor {@code d}, value number
 * {@code (i / (n_{d+1} · … · n_{k})) mod n_d} of that factor's list. Each point is computed from
 * its index when asked for, so a grid of any size holds no memory per point.
 */
public final class GridDesign implements Design {

    private final FactorSpace space;
    private final List<List<Object>> valuesPerFactor;
    private final int size;

    /**
     * @param space  the factors
     * @param levels number of evenly spaced values per numeric factor, at least 2
     * @throws IllegalArgumentException if levels &lt; 2 or the grid exceeds {@code Integer.MAX_VALUE}
     *                                  points
     */
    public GridDesign(FactorSpace space, int levels) {
        if (levels < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 levels per numeric factor, got " + levels);
        }
        this.space = space;
        List<List<Object>> lists = new ArrayList<>(space.size());
        long count = 1;
        for (int d = 0; d < space.size(); d++) {
            List<Object> values = space.factor(d).gridValues(levels);
            lists.add(values);
            count = DesignSize.times(count, values.size());
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid too large: more than " + Integer.MAX_VALUE + " points");
        }
        this.valuesPerFactor = List.copyOf(lists);
        this.size = (int) count;
    }

    /**
     * The size of the grid {@code new GridDesign(space, levels)} would be, without building it. A grid
     * is generated lazily (each point when asked for), so it holds no memory per point.
     */
    public static DesignSize size(FactorSpace space, int levels) {
        long count = 1;
        StringBuilder shape = new StringBuilder();
        for (Factor f : space.factors()) {
            int n = f.gridValues(levels).size();
            count = DesignSize.times(count, n);
            shape.append(shape.length() == 0 ? "" : " x ").append(n);
        }
        return new DesignSize(count, (shape.length() == 0 ? "1" : shape) + " grid", 0);
    }

    /** @return the distinct values used for factor {@code d}, in grid order */
    public List<Object> valuesOf(int d) {
        return valuesPerFactor.get(d);
    }

    @Override
    public FactorSpace space() {
        return space;
    }

    /** @return the points, each computed when asked for */
    @Override
    public List<DesignPoint> points() {
        return new Points();
    }

    @Override
    public int size() {
        return size;
    }

    /** Point {@code i}: its digits in the mixed radix of the factors' value counts, last factor fastest. */
    private DesignPoint point(int i) {
        Object[] row = new Object[space.size()];
        int rest = i;
        for (int d = space.size() - 1; d >= 0; d--) {
            List<Object> values = valuesPerFactor.get(d);
            row[d] = values.get(rest % values.size());
            rest /= values.size();
        }
        return new DesignPoint(i, space, row);
    }

    /** The points as an unmodifiable list computed on demand. */
    private final class Points extends AbstractList<DesignPoint> implements RandomAccess {

        @Override
        public DesignPoint get(int index) {
            Objects.checkIndex(index, size);
            return point(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
