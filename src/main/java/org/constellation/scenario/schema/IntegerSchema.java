package org.constellation.scenario.schema;

import java.util.Optional;

/**
 * Accepts whole numbers (written as such, or as a number with no fractional part such as
 * {@code 3.0}) within inclusive bounds. Validated values are {@link Long}s.
 */
public final class IntegerSchema implements Schema {

    private final Long min;
    private final Long max;
    private final String unit;
    private final String name;

    IntegerSchema(Long min, Long max, String unit, String name) {
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
    public IntegerSchema min(long minimum) {
        return new IntegerSchema(minimum, max, unit, name);
    }

    /**
     * @param maximum the largest allowed value
     * @return a copy with that inclusive upper bound
     */
    public IntegerSchema max(long maximum) {
        return new IntegerSchema(min, maximum, unit, name);
    }

    /**
     * @param minimum the smallest allowed value
     * @param maximum the largest allowed value
     * @return a copy with both inclusive bounds
     */
    public IntegerSchema between(long minimum, long maximum) {
        return new IntegerSchema(minimum, maximum, unit, name);
    }

    /**
     * @param unitName the unit, such as {@code "days"}
     * @return a copy with that unit, shown in messages and in the JSON Schema
     */
    public IntegerSchema unit(String unitName) {
        Texts.requireOneLine(unitName, "a unit");
        return new IntegerSchema(min, max, unitName, name);
    }

    /**
     * @param humanName the phrase used in messages
     * @return a renamed copy
     */
    public IntegerSchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new IntegerSchema(min, max, unit, humanName);
    }

    /** @return the inclusive lower bound, if any */
    public Optional<Long> minimum() {
        return Optional.ofNullable(min);
    }

    /** @return the inclusive upper bound, if any */
    public Optional<Long> maximum() {
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
        return "a whole number" + Texts.range(min == null ? null : min.toString(), max == null ? null : max.toString())
                + Texts.unit(unit);
    }
}
