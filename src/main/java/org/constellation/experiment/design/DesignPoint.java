package org.constellation.experiment.design;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run configuration of a {@link Design}: its position in the design and one value per factor of
 * the design's {@link FactorSpace} (Double for real, Long for integer, String for categorical
 * factors; see {@link Factor}). Immutable.
 */
public final class DesignPoint {

    private final int index;
    private final FactorSpace space;
    private final Object[] values;

    /**
     * @param index  position in the design, from 0
     * @param space  the factor space the values belong to
     * @param values one canonical value per factor, in factor order (copied)
     */
    public DesignPoint(int index, FactorSpace space, Object[] values) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0");
        }
        if (values.length != space.size()) {
            throw new IllegalArgumentException("expected " + space.size() + " values, got " + values.length);
        }
        this.index = index;
        this.space = space;
        this.values = values.clone();
    }

    /** @return the position of this point in its design, from 0 */
    public int index() {
        return index;
    }

    /** @return the factor space */
    public FactorSpace space() {
        return space;
    }

    /** @return the value of factor number {@code i} */
    public Object get(int i) {
        return values[i];
    }

    /** @return the value of the named factor */
    public Object get(String name) {
        return values[space.indexOf(name)];
    }

    /** @return the named numeric factor's value as a double */
    public double doubleValue(String name) {
        return asNumber(name).doubleValue();
    }

    /** @return the named integer factor's value as an int (throws if out of int range) */
    public int intValue(String name) {
        Number n = asNumber(name);
        if (!(n instanceof Long l)) {
            throw new IllegalArgumentException(name + " is not an integer factor");
        }
        return Math.toIntExact(l);
    }

    /** @return the named categorical factor's level */
    public String stringValue(String name) {
        Object v = get(name);
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(name + " is not categorical");
        }
        return s;
    }

    /** @return the values in factor order, unmodifiable */
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    /** @return a name-to-value map in factor order, unmodifiable */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(space.factor(i).name(), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    private Number asNumber(String name) {
        Object v = get(name);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(name + " is not numeric");
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DesignPoint p && p.index == index && p.space.equals(space)
                && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * index + space.hashCode()) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DesignPoint" + index + asMap();
    }
}
