package org.constellation.experiment.sweep;

import java.util.List;

/**
 * An experiment's counterfactual: every run is run again with the same seed and these overrides on top
 * of its design point's, and counterfactual.csv reports the paired difference, run minus counterfactual:
 * what the thing the overrides switch off caused (e.g. {@code actors[4].mandate.exclude_flags=[enforcement]}:
 * the displacement the G5 force's enforcement causes).
 *
 * @param name short name, written in the outputs
 * @param description what it switches off
 * @param set scenario overrides (key.path=value) applied after the point's own
 */
public record CounterfactualSpec(String name, String description, List<String> set) {

    public CounterfactualSpec {
        set = List.copyOf(set);
    }

    /** Whether another version has the same runs: everything but the description is equal. */
    public boolean sameRuns(CounterfactualSpec o) {
        return name.equals(o.name) && set.equals(o.set);
    }
}
