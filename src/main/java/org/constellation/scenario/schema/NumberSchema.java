package org.constellation.scenario.schema;

import java.util.Optional;

/**
 * Accepts finite numbers (whole or not) within inclusive bounds; {@code .nan}, {@code .inf} and
 * numbers too large for a double are always rejected. Validated values are {@link Double}s.
 */
public final class NumberSchema implements Schema {

    private final Double min;
    private final Double max;
    private final String unit;
    private final String name;

    NumberSchema(Double min, Double max, String unit, String name) {
        if (min != null && !Double.isFinite(min) || max != null && !Double.isFinite(max)) {
            throw new IllegalArgumentException("bounds must be finite");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.name = name;
    }

    /**
     * @param minimum the smallest allowed value
     * @return a copy with that inclusive lower bound
     */
    public NumberSchema min(double minimum) {
        return new NumberSchema(minimum, max, unit, name);
    }

    /**
     * @param maximum the largest allowed value
     * @return a copy with that inclusive upper bound
     */
    public NumberSchema max(double maximum) {
        return new NumberSchema(min, maximum, unit, name);
    }

    /**
     * @param minimum the smallest allowed value
     * @param maximum the largest allowed value
     * @return a copy with both inclusive bounds
     */
    public NumberSchema between(double minimum, double maximum) {
        return new NumberSchema(minimum, maximum, unit, name);
    }

    /**
     * @param unitName the unit, such as {@code "USD"} or {@code "share of staff"}
     * @return a copy with that unit, shown in messages and in the JSON Schema
     */
    public NumberSchema unit(String unitName) {
        Texts.requireOneLine(unitName, "a unit");
        return new NumberSchema(min, max, unitName, name);
    }

    /**
     * @param humanName the phrase used in messages
     * @return a renamed copy
     */
    public NumberSchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new NumberSchema(min, max, unit, humanName);
    }

    /** @return the inclusive lower bound, if any */
    public Optional<Double> minimum() {
        return Optional.ofNullable(min);
    }

    /** @return the inclusive upper bound, if any */
    public Optional<Double> maximum() {
        return Optional.ofNullable(max);
    }

    /** @return the unit, if any */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    @Override
    public String humanName() {
        if (name != null) {
            return name;
        }
        return "a number" + Texts.range(min == null ? null : Texts.number(min), max == null ? null : Texts.number(max))
                + Texts.unit(unit);
    }
}
