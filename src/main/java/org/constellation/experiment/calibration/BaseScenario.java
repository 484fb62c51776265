package org.constellation.experiment.calibration;

import java.util.List;

/**
 * A scenario a calibration runs every particle on: a base scenario with its own overrides.
 *
 * @param name its name in the calibration (targets refer to it)
 * @param scenario the scenario file, as written: a path relative to the calibration file, or a name from scenarios/
 * @param set overrides of the scenario ({@code key.path=value})
 * @param steps steps per run, or 0 for the scenario's
 */
public record BaseScenario(String name, String scenario, List<String> set, int steps) {

    public BaseScenario {
        set = List.copyOf(set);
    }
}
