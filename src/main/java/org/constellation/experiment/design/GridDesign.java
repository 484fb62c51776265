package org.constellation.experiment.design;

import java.util.ArrayList;
import java.util.List;

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
 * {@code (i / (n_{d+1} · … · n_{k})) mod n_d} of that factor's list.
 */
public final class GridDesign implements Design {

    private final FactorSpace space;
    private final List<List<Object>> valuesPerFactor;
    private final List<DesignPoint> points;

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
        int k = space.size();
        List<List<Object>> lists = new ArrayList<>(k);
        long count = 1;
        for (int d = 0; d < k; d++) {
            List<Object> values = space.factor(d).gridValues(levels);
            lists.add(values);
            count = Math.multiplyExact(count, (long) values.size());
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("grid too large: more than " + Integer.MAX_VALUE + " points");
            }
        }
        this.valuesPerFactor = List.copyOf(lists);
        List<DesignPoint> pts = new ArrayList<>((int) count);
        int[] digit = new int[k];
        for (int i = 0; i < count; i++) {
            Object[] row = new Object[k];
            for (int d = 0; d < k; d++) {
                row[d] = lists.get(d).get(digit[d]);
            }
            pts.add(new DesignPoint(i, space, row));
            for (int d = k - 1; d >= 0; d--) { // odometer increment, last factor fastest
                if (++digit[d] < lists.get(d).size()) {
                    break;
                }
                digit[d] = 0;
            }
        }
        this.points = List.copyOf(pts);
    }

    /** @return the distinct values used for factor {@code d}, in grid order */
    public List<Object> valuesOf(int d) {
        return valuesPerFactor.get(d);
    }

    @Override
    public FactorSpace space() {
        return space;
    }

    @Override
    public List<DesignPoint> points() {
        return points;
    }
}
