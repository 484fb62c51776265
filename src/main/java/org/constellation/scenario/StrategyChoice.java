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
 * @param from for a mechanism: the step at which it comes into force
 * @param until for a mechanism: the step from which it is no longer in force ({@link #FOREVER}: never stops)
 */
public record StrategyChoice(String name, Map<String, Double> parameters, Map<String, List<String>> lists,
        Map<String, Map<String, Map<String, Double>>> table, int from, int until) {

    /** An {@code until} that never comes. */
    public static final int FOREVER = Integer.MAX_VALUE;

    public StrategyChoice {
        parameters = Map.copyOf(parameters);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        lists = java.util.Collections.unmodifiableMap(copy);
        table = Map.copyOf(table);
    }

    /** A choice in force for the whole run. */
    public StrategyChoice(String name, Map<String, Double> parameters, Map<String, List<String>> lists,
            Map<String, Map<String, Map<String, Double>>> table) {
        this(name, parameters, lists, table, 0, FOREVER);
    }

    /** A choice by name with parameters only. */
    public StrategyChoice(String name, Map<String, Double> parameters) {
        this(name, parameters, Map.of(), Map.of());
    }

    /** Whether it is in force only for part of the run. */
    public boolean scheduled() {
        return from > 0 || until != FOREVER;
    }
}
