package org.constellation.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A coordination mechanism or sharing rule chosen by a scenario: its registered name, the numeric
 * parameters the scenario sets (the rest take their defaults), named lists of ids (members, lead,
 * challenges ...) and, for sharing rules, willingness-table overrides.
 *
 * @param name registered name
 * @param parameters numeric parameter overrides
 * @param lists named lists of ids
 * @param table willingness overrides: sender type, receiver type, kind of information, value
 */
public record StrategyChoice(String name, Map<String, Double> parameters, Map<String, List<String>> lists,
        Map<String, Map<String, Map<String, Double>>> table) {

    public StrategyChoice {
        parameters = Map.copyOf(parameters);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        lists = java.util.Collections.unmodifiableMap(copy);
        table = Map.copyOf(table);
    }

    /** A choice by name with parameters only. */
    public StrategyChoice(String name, Map<String, Double> parameters) {
        this(name, parameters, Map.of(), Map.of());
    }
}
