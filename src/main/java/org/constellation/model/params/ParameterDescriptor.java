package org.constellation.model.params;

/**
 * Declares one global model parameter once: its scenario-file key, default, valid range, unit,
 * meaning and where the value comes from. The scenario schema, the manifest, the GUI inspector and
 * {@code docs/parameters.md} are all generated from these declarations.
 *
 * @param key dotted key under the scenario's {@code parameters:} section, e.g. {@code effects.saturation}
 * @param defaultValue value when a scenario does not set it
 * @param min smallest valid value (inclusive)
 * @param max largest valid value (inclusive)
 * @param integer true if only whole numbers are valid
 * @param unit unit of measure ("per step", "effort units", "share", "steps" ...)
 * @param description what the parameter does in the model, in one sentence
 * @param source the report and section backing it, or "Assumption: ..." with the reasoning
 * @param index position in the global catalogue, or -1 for a mechanism's or rule's own parameter
 */
public record ParameterDescriptor(String key, double defaultValue, double min, double max, boolean integer,
        String unit, String description, String source, int index) {

    /** A declaration outside the global catalogue (a mechanism's or rule's own parameter). */
    public ParameterDescriptor(String key, double defaultValue, double min, double max, boolean integer, String unit,
            String description, String source) {
        this(key, defaultValue, min, max, integer, unit, description, source, -1);
    }

    public ParameterDescriptor {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
        if (integer && defaultValue != Math.rint(defaultValue)) {
            throw new IllegalArgumentException(key + ": integer parameter with fractional default");
        }
    }

    /**
     * Whether the declaration gives its value from a source or assumes it: an assumption when its source
     * starts with "Assumption" or says "value assumed" (a sourced mechanism whose number no source
     * gives), a source otherwise.
     */
    public ParameterStatus declaredStatus() {
        return source.startsWith("Assumption") || source.contains("value assumed") ? ParameterStatus.ASSUMPTION
                : ParameterStatus.SOURCE;
    }

    /** Checks a value against the range; returns an error message or null if valid. */
    public String check(double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            return key + " must be between " + format(min) + " and " + format(max) + " (" + unit + "), was "
                    + format(value);
        }
        if (integer && value != Math.rint(value)) {
            return key + " must be a whole number, was " + format(value);
        }
        return null;
    }

    /** Formats a value without a trailing ".0" for whole numbers. */
    public static String format(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : Double.toString(v);
    }
}
