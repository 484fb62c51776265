package org.constellation.scenario;

import java.util.List;

/** A scenario file read once, from which variants are made with overrides (see {@link ScenarioLoader#template}). */
@FunctionalInterface
public interface ScenarioTemplate {

    /** The scenario with these {@code key.path=value} overrides applied, validated and mapped. */
    LoadedScenario instantiate(List<String> overrides) throws ScenarioException;
}
