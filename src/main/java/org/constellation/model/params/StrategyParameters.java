package org.constellation.model.params;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validated values for the parameters a coordination mechanism or sharing rule declares: every
 * declared key has a value (its default unless overridden), unknown keys and out-of-range values
 * are errors.
 */
public final class StrategyParameters implements Serializable {

    private final Map<String, Double> values;

    private StrategyParameters(Map<String, Double> values) {
        this.values = values;
    }

    /**
     * Resolves overrides against declarations.
     *
     * @param owner the mechanism or rule name, for messages
     * @throws IllegalArgumentException naming every unknown key and invalid value
     */
    public static StrategyParameters of(String owner, List<ParameterDescriptor> declared, Map<String, Double> overrides) {
        List<String> errors = new ArrayList<>();
        Map<String, Double> resolved = new LinkedHashMap<>();
        List<String> known = declared.stream().map(ParameterDescriptor::key).toList();
        for (String key : overrides.keySet()) {
            if (!known.contains(key)) {
                errors.add(owner + ": unknown parameter '" + key + "'; known: " + known);
            }
        }
        for (ParameterDescriptor d : declared) {
            double v = overrides.getOrDefault(d.key(), d.defaultValue());
            String error = d.check(v);
            if (error != null) {
                errors.add(owner + ": " + error);
            }
            resolved.put(d.key(), v);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return new StrategyParameters(Collections.unmodifiableMap(resolved));
    }

    /** The value of a declared parameter. */
    public double get(ParameterDescriptor d) {
        Double v = values.get(d.key());
        if (v == null) {
            throw new IllegalArgumentException("Parameter " + d.key() + " was not declared");
        }
        return v;
    }

    /** The value of an integer parameter. */
    public int getInt(ParameterDescriptor d) {
        return (int) Math.round(get(d));
    }

    /** Every resolved value, in declaration order. */
    public Map<String, Double> asMap() {
        return values;
    }
}
