package org.constellation.scenario;

import java.util.Map;

/**
 * A coordination mechanism or sharing rule chosen by a scenario: its registered name and the
 * parameter values the scenario sets (the rest take their defaults).
 *
 * @param name registered name
 * @param parameters parameter overrides
 */
public record StrategyChoice(String name, Map<String, Double> parameters) {

    public StrategyChoice {
        parameters = Map.copyOf(parameters);
    }
}
