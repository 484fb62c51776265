package org.constellation.model.params;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of values for every {@link Parameters} declaration, validated on construction.
 * Unset keys take their defaults.
 */
public final class ModelParameters implements Serializable {

    private final Map<String, Double> values;
    private final double[] byIndex;

    private ModelParameters(Map<String, Double> values) {
        this.values = values;
        List<ParameterDescriptor> all = Parameters.all();
        byIndex = new double[all.size()];
        for (ParameterDescriptor d : all) {
            byIndex[d.index()] = values.get(d.key());
        }
    }

    /** All defaults. */
    public static ModelParameters defaults() {
        return of(Map.of());
    }

    /**
     * Values for the given keys, defaults for the rest.
     *
     * @throws IllegalArgumentException naming every unknown key and out-of-range value
     */
    public static ModelParameters of(Map<String, Double> overrides) {
        List<String> errors = new ArrayList<>();
        for (String key : overrides.keySet()) {
            if (Parameters.find(key) == null) {
                errors.add("unknown parameter '" + key + "'");
            }
        }
        Map<String, Double> resolved = new LinkedHashMap<>();
        for (ParameterDescriptor d : Parameters.all()) {
            double v = overrides.getOrDefault(d.key(), d.defaultValue());
            String error = d.check(v);
            if (error != null) {
                errors.add(error);
            }
            resolved.put(d.key(), v);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return new ModelParameters(resolved);
    }

    /** The value of a parameter. */
    public double get(ParameterDescriptor d) {
        return byIndex[d.index()];
    }

    /** The value of an integer parameter. */
    public int getInt(ParameterDescriptor d) {
        return (int) Math.round(byIndex[d.index()]);
    }

    /** A copy with one value changed (validated). */
    public ModelParameters with(String key, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return of(copy);
    }

    /** Every resolved value, in declaration order. */
    public Map<String, Double> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
