package org.constellation.experiment.sweep;

import java.util.List;

/**
 * One factor of an experiment: the scenario key it sets and the values it can take, either a numeric
 * range or a list of categorical values (any scenario value) with a label each.
 *
 * @param name column name
 * @param path scenario key path
 * @param values categorical values (empty for numeric factors)
 * @param labels a label per categorical value
 * @param min numeric lowest value
 * @param max numeric highest value
 * @param integer numeric: whole numbers only
 * @param log numeric: log scale
 */
public record FactorSpec(String name, String path, List<Object> values, List<String> labels, double min, double max,
        boolean integer, boolean log) {

    public FactorSpec {
        values = List.copyOf(values);
        labels = List.copyOf(labels);
    }

    /** True for a numeric range, false for categorical values. */
    public boolean numeric() {
        return values.isEmpty();
    }
}
